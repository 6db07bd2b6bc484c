package org.opis.record;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opis.authority.AgentRef;
import org.opis.date.DocumentDate;
import org.opis.reference.ArchivalReference;

/**
 * One historical document as Opis describes it. See the package description for what each
 * part is for, and {@code schema/document.schema.json} for its canonical JSON form.
 *
 * @param id the stable identifier; empty for a document that has not been catalogued yet
 * @param title the title an editor gave it
 * @param type what kind of document it is, a lower-case term ("telegram", "letter", "minutes")
 * @param date when it was written
 * @param dateline where and at what time of day it was written
 * @param creators who wrote or issued it
 * @param recipients to whom it was addressed
 * @param summary the editor's summary
 * @param texts translations and transcriptions
 * @param sources where the original is kept
 * @param identifiers numbers written on the document itself ("Nº 176/s")
 * @param externalIds identifiers of the same document in other catalogues
 * @param classification the secrecy marking on the original ("Top Secret")
 * @param languages BCP 47 tags of the languages of the original
 * @param rights reuse terms
 * @param funders who paid for its translation or publication
 * @param mentions people, organisations and places it speaks of
 * @param subjects subject headings
 * @param collections collections and themes it belongs to
 * @param attachments scans and other files
 * @param related an editor's links to other documents
 * @param visibility who may see it
 * @param provenance how this record came to be in Opis (an import, a synthetic corpus)
 * @param uploaded when the record was first published
 * @param modified when its content last changed
 */
public record Document(
    Optional<DocumentId> id,
    String title,
    Optional<String> type,
    Optional<DocumentDate> date,
    Dateline dateline,
    List<AgentRef> creators,
    List<AgentRef> recipients,
    Optional<String> summary,
    List<Text> texts,
    List<ArchivalReference> sources,
    List<String> identifiers,
    List<ExternalId> externalIds,
    Optional<String> classification,
    List<String> languages,
    Optional<Rights> rights,
    List<String> funders,
    Mentions mentions,
    List<String> subjects,
    List<CollectionRef> collections,
    List<Attachment> attachments,
    List<Relation> related,
    Visibility visibility,
    Optional<String> provenance,
    Optional<Instant> uploaded,
    Optional<Instant> modified) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateline, "dateline");
    creators = List.copyOf(creators);
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(summary, "summary");
    texts = List.copyOf(texts);
    sources = List.copyOf(sources);
    identifiers = List.copyOf(identifiers);
    externalIds = List.copyOf(externalIds);
    Objects.requireNonNull(classification, "classification");
    languages = List.copyOf(languages);
    Objects.requireNonNull(rights, "rights");
    funders = List.copyOf(funders);
    Objects.requireNonNull(mentions, "mentions");
    subjects = List.copyOf(subjects);
    collections = List.copyOf(collections);
    attachments = List.copyOf(attachments);
    related = List.copyOf(related);
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(uploaded, "uploaded");
    Objects.requireNonNull(modified, "modified");
  }

  /** A builder for a new document with this title and nothing else. */
  public static DocumentBuilder titled(String title) {
    return new DocumentBuilder(title);
  }

  /** A builder holding every part of this document, to change some of them. */
  public DocumentBuilder toBuilder() {
    return new DocumentBuilder(this);
  }

  /** The identifier, for a document known to be catalogued. */
  public DocumentId requireId() {
    return id.orElseThrow(() -> new IllegalStateException("document not catalogued: " + title));
  }

  /** Whether anyone may see it on this day. */
  public boolean isPublicOn(java.time.LocalDate today) {
    return visibility.isPublicOn(today);
  }
}
