package org.opis.web;

import java.util.List;

/** The list of collections, each with how many documents it holds that the reader may see. */
public record CollectionsView(Masthead masthead, List<HomeView.Count> collections) {}
