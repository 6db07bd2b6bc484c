/**
 * Reading XML that anyone may have written. XML can name other files and addresses (external
 * entities, external DTDs, XInclude, schema locations) and define entities that expand without
 * end ("billion laughs"); every XML reader in Opis takes its factory from {@link
 * org.opis.xml.Hardened}, so that none of that is ever done, in one place that a reviewer reads.
 * Writing it too: {@link org.opis.xml.XmlText} leaves out what XML 1.0 cannot hold.
 */
package org.opis.xml;
