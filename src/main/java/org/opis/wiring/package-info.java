/**
 * The one place where Opis is put together: which catalog, which search index, which formats,
 * which web server, over which data folder. Everything else receives what it needs through its
 * constructor.
 */
package org.opis.wiring;
