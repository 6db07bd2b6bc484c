package org.opis.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opis.authority.AgentRef;
import org.opis.date.DocumentDate;
import org.opis.reference.ArchivalReference;

/**
 * Assembles a {@link Document} part by part, for parsers and tests that learn a record piece
 * by piece. The document it builds is immutable; the builder is not shared between threads.
 */
public final class DocumentBuilder {
  private Optional<DocumentId> id = Optional.empty();
  private String title;
  private Optional<String> type = Optional.empty();
  private Optional<DocumentDate> date = Optional.empty();
  private Dateline dateline = Dateline.NONE;
  private List<AgentRef> creators = new ArrayList<>();
  private List<AgentRef> recipients = new ArrayList<>();
  private Optional<String> summary = Optional.empty();
  private List<Text> texts = new ArrayList<>();
  private List<ArchivalReference> sources = new ArrayList<>();
  private List<String> identifiers = new ArrayList<>();
  private List<ExternalId> externalIds = new ArrayList<>();
  private Optional<String> classification = Optional.empty();
  private List<String> languages = new ArrayList<>();
  private Optional<Rights> rights = Optional.empty();
  private List<String> funders = new ArrayList<>();
  private Mentions mentions = Mentions.NONE;
  private List<String> subjects = new ArrayList<>();
  private List<CollectionRef> collections = new ArrayList<>();
  private List<Attachment> attachments = new ArrayList<>();
  private List<Relation> related = new ArrayList<>();
  private Visibility visibility = Visibility.PUBLIC;
  private Optional<String> provenance = Optional.empty();
  private Optional<Instant> uploaded = Optional.empty();
  private Optional<Instant> modified = Optional.empty();

  DocumentBuilder(String title) {
    this.title = title;
  }

  DocumentBuilder(Document d) {
    id = d.id();
    title = d.title();
    type = d.type();
    date = d.date();
    dateline = d.dateline();
    creators = new ArrayList<>(d.creators());
    recipients = new ArrayList<>(d.recipients());
    summary = d.summary();
    texts = new ArrayList<>(d.texts());
    sources = new ArrayList<>(d.sources());
    identifiers = new ArrayList<>(d.identifiers());
    externalIds = new ArrayList<>(d.externalIds());
    classification = d.classification();
    languages = new ArrayList<>(d.languages());
    rights = d.rights();
    funders = new ArrayList<>(d.funders());
    mentions = d.mentions();
    subjects = new ArrayList<>(d.subjects());
    collections = new ArrayList<>(d.collections());
    attachments = new ArrayList<>(d.attachments());
    related = new ArrayList<>(d.related());
    visibility = d.visibility();
    provenance = d.provenance();
    uploaded = d.uploaded();
    modified = d.modified();
  }

  public DocumentBuilder id(DocumentId value) {
    id = Optional.ofNullable(value);
    return this;
  }

  public DocumentBuilder title(String value) {
    title = value;
    return this;
  }

  public DocumentBuilder type(String value) {
    type = Optional.ofNullable(value);
    return this;
  }

  public DocumentBuilder date(DocumentDate value) {
    date = Optional.ofNullable(value);
    return this;
  }

  public DocumentBuilder dateline(Dateline value) {
    dateline = value;
    return this;
  }

  public DocumentBuilder creators(List<AgentRef> value) {
    creators = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder recipients(List<AgentRef> value) {
    recipients = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder summary(String value) {
    summary = Optional.ofNullable(value);
    return this;
  }

  public DocumentBuilder texts(List<Text> value) {
    texts = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder sources(List<ArchivalReference> value) {
    sources = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder identifiers(List<String> value) {
    identifiers = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder externalIds(List<ExternalId> value) {
    externalIds = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder classification(String value) {
    classification = Optional.ofNullable(value);
    return this;
  }

  public DocumentBuilder languages(List<String> value) {
    languages = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder rights(Rights value) {
    rights = Optional.ofNullable(value);
    return this;
  }

  public DocumentBuilder funders(List<String> value) {
    funders = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder mentions(Mentions value) {
    mentions = value;
    return this;
  }

  public DocumentBuilder subjects(List<String> value) {
    subjects = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder collections(List<CollectionRef> value) {
    collections = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder attachments(List<Attachment> value) {
    attachments = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder related(List<Relation> value) {
    related = new ArrayList<>(value);
    return this;
  }

  public DocumentBuilder visibility(Visibility value) {
    visibility = value;
    return this;
  }

  public DocumentBuilder provenance(String value) {
    provenance = Optional.ofNullable(value);
    return this;
  }

  public DocumentBuilder uploaded(Instant value) {
    uploaded = Optional.ofNullable(value);
    return this;
  }

  public DocumentBuilder modified(Instant value) {
    modified = Optional.ofNullable(value);
    return this;
  }

  public Document build() {
    return new Document(
        id, title, type, date, dateline, creators, recipients, summary, texts, sources,
        identifiers, externalIds, classification, languages, rights, funders, mentions, subjects,
        collections, attachments, related, visibility, provenance, uploaded, modified);
  }
}
