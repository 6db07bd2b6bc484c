/**
 * The archive's originals in the International Image Interoperability Framework, so that any
 * IIIF viewer (Mirador, Universal Viewer, OpenSeadragon) can show them: the Image API 3.0 at
 * level 1 and somewhat beyond, and a Presentation API 3.0 manifest per document.
 *
 * <p>Each page of a document's scans is a {@link org.opis.iiif.Canvas}: one for an image, one a
 * page for a PDF (rendered to an image by PDFBox, once, into the derivatives folder). An image
 * request ({@code /iiif/3/{identifier}/{region}/{size}/{rotation}/{quality}.{format}}) is read by
 * {@link org.opis.iiif.ImageRequest} into a {@link org.opis.iiif.Region} and a
 * {@link org.opis.iiif.Size}, refusing what it cannot do with the reason (400, never 500);
 * {@link org.opis.iiif.Pictures} decodes pages and keeps recently used ones in memory up to a
 * bound; {@link org.opis.iiif.ImageApi} cuts, scales and encodes, and describes each image in
 * {@code info.json}; {@link org.opis.iiif.Manifest} describes a document with one canvas a page.
 */
package org.opis.iiif;
