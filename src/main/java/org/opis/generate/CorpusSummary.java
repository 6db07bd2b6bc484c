package org.opis.generate;

/**
 * What {@link CorpusWriter} wrote.
 *
 * @param authorities the authority lines at the head of the file
 * @param documents the document lines after them
 * @param bytes the size of what was written
 */
public record CorpusSummary(int authorities, int documents, long bytes) {}
