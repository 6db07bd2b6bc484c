package org.opis.web;

import java.util.Optional;

/**
 * The sign-in form.
 *
 * @param next where to go once signed in: a path of this archive
 * @param problem what went wrong with the last attempt, in words for the reader
 */
public record SignInView(Masthead masthead, String formToken, String next, String name, Optional<String> problem) {}
