/**
 * BagIt packages (RFC 8493): how an archive sends its holdings to another archive, or to itself
 * later, in a form any preservation system can check without Opis.
 *
 * <p>A bag is a folder with a payload ({@code data/}) and tag files that vouch for it: manifests
 * giving every payload file's checksum, {@code bagit.txt}, {@code bag-info.txt}. {@link
 * org.opis.bagit.BagExport} writes part or all of the archive as a bag in Opis's {@code Layout}
 * (canonical JSON of every record, TEI of every document, the originals from the store, checked
 * against their recorded SHA-512 on the way out). {@link org.opis.bagit.BagImport} takes a bag
 * back, a folder or a zip: {@link org.opis.bagit.BagCheck} validates it whole first (paths, completeness,
 * Payload-Oxum, every checksum of every manifest), reporting each problem at its file and line,
 * then the bag's records are read as one import, stored whole or not at all. A zip is unpacked
 * under {@link org.opis.bagit.ZipLimits}, so that a zip bomb is refused while it unpacks.
 */
package org.opis.bagit;
