package org.opis.web;

/**
 * The page a reader sees when a request cannot be answered.
 *
 * @param status the HTTP status
 * @param heading what happened, in a few words ("Not found")
 * @param message what exactly, and what to do
 */
public record ProblemView(Masthead masthead, int status, String heading, String message) {}
