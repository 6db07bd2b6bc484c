/**
 * Sitemaps: the lists of addresses search engines read to find every page of the archive, in
 * the sitemaps.org protocol 0.9 that Google, Bing and others share.
 *
 * <p>One sitemap file lists at most 50,000 addresses, so an archive of millions of documents is
 * described by a sitemap index ({@code /sitemap.xml}) pointing at numbered sitemap files
 * ({@code /sitemaps/1.xml}, ...). {@link org.opis.sitemap.Shelving} decides which addresses
 * each file holds (the home page and the collections first, then the documents in identifier
 * order, so a document keeps its file as the archive grows) and {@link
 * org.opis.sitemap.SitemapXml} writes the files. Only what the public may see is ever listed.
 */
package org.opis.sitemap;
