/**
 * The demo archive: one real document (the Wilson Center's telegram from Stalin to Lenin of
 * 16 November 1920, the page Opis was designed from, bundled as the archive published it) and
 * a synthetic corpus around it, so that a new user sees every part of the reading room at work
 * the moment {@code opis demo} starts. Every synthetic record says that it is synthetic.
 */
package org.opis.demo;
