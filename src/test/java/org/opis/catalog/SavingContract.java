package org.opis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opis.catalog.CatalogFixture.id;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.opis.record.Visibility;
import org.opis.problem.NotFoundException;
import org.opis.problem.ConflictException;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.problem.InvalidInputException;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.Mentions;

/** Saving documents: identifiers, revisions, the outbox, stamps and transactions. */
public interface SavingContract extends CatalogFixture {

  @Test
  default void numbersNewDocumentsFromOne() {
    List<Saved> saved = catalog().write(IMPORT, w -> List.of(
        w.save(Document.titled("Telegram one").build()),
        w.save(Document.titled("Telegram two").build()),
        w.save(Document.titled("Telegram three").build())));
    assertThat(saved).extracting(s -> s.document().requireId().value()).containsExactly("1", "2", "3");
    assertThat(saved).extracting(Saved::outcome).containsOnly(Saved.Outcome.CREATED);
    assertThat(saved).extracting(Saved::revision).containsOnly(1);
    assertThat(stored("2").title()).isEqualTo("Telegram two");
  }

  @Test
  default void movesTheCounterPastAnImportedNumber() {
    save(Document.titled("Imported").id(id("500")).build());
    assertThat(save(Document.titled("New").build()).document().requireId().value()).isEqualTo("501");
  }

  @Test
  default void neverGivesANumberTwiceEvenWhenALowerOneIsImported() {
    save(Document.titled("First").build());
    save(Document.titled("Imported ten").id(id("10")).build());
    save(Document.titled("Imported five").id(id("5")).build());
    assertThat(save(Document.titled("Next").build()).document().requireId().value()).isEqualTo("11");
  }

  @Test
  default void keepsTextIdentifiersAsGivenWithoutMovingTheCounter() {
    Saved imported = save(Document.titled("From Wilson").id(id("wilson-119")).build());
    assertThat(imported.document().requireId().value()).isEqualTo("wilson-119");
    assertThat(save(Document.titled("New").build()).document().requireId().value()).isEqualTo("1");
  }

  @Test
  default void keepsTheCounterAcrossReopening() {
    save(Document.titled("One").build());
    reopen();
    assertThat(save(Document.titled("Two").build()).document().requireId().value()).isEqualTo("2");
    assertThat(stored("1").title()).isEqualTo("One");
  }

  @Test
  default void savesAnEditMadeOnTheCurrentRevisionStampedNow() {
    Document first = save(Document.titled("Telegram").id(id("7")).build()).document();
    clock().advance(Duration.ofHours(1));
    Saved edited = catalog().write(Change.by("editor:anna", "title"),
        w -> w.saveEdit(first.toBuilder().title("Telegram, Stalin to Lenin").build(), 1));
    assertThat(edited.revision()).isEqualTo(2);
    assertThat(stored("7").title()).isEqualTo("Telegram, Stalin to Lenin");
    assertThat(stored("7").modified()).contains(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(stored("7").uploaded()).isEqualTo(first.uploaded());
  }

  @Test
  default void refusesAnEditMadeOnAnOlderRevisionSayingWhoChangedItSince() {
    Document first = save(Document.titled("Telegram").id(id("7")).build()).document();
    catalog().write(Change.by("editor:boris", null), w -> w.saveEdit(first.toBuilder().title("Boris's title").build(), 1));
    assertThatThrownBy(() -> catalog().write(Change.by("editor:anna", null),
        w -> w.saveEdit(first.toBuilder().title("Anna's title").build(), 1)))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("document 7 was changed by editor:boris at 2026-03-01T09:00:00Z (revision 2) after"
            + " revision 1, which this edit was made on; nothing was saved");
    assertThat(stored("7").title()).isEqualTo("Boris's title");
    assertThat(catalog().revisions(id("7"))).hasSize(2);
  }

  @Test
  default void withdrawsADocumentWithItsReasonUntilItIsPublishedAgain() {
    Document first = save(Document.titled("Telegram").id(id("7")).build()).document();
    clock().advance(Duration.ofHours(1));
    catalog().write(Change.by("editor:anna", null), w -> w.withdraw(id("7"), " a forgery, see the note of 2024 ", 1));
    assertThat(catalog().document(id("7"), reader())).isEmpty();
    assertThat(stored("7").visibility()).isEqualTo(Visibility.RESTRICTED);
    assertThat(catalog().withdrawal(id("7"))).contains(
        new Withdrawal(Instant.parse("2026-03-01T10:00:00Z"), "editor:anna", "a forgery, see the note of 2024"));
    catalog().write(Change.by("editor:anna", null), w -> w.saveEdit(first.toBuilder().visibility(Visibility.PUBLIC)
        .build(), 2));
    assertThat(catalog().withdrawal(id("7"))).isEmpty();
    assertThat(catalog().document(id("7"), reader())).isPresent();
  }

  @Test
  default void keepsWhoMaySeeADocumentWhenAnUpdateDoesNotSay() {
    save(Document.titled("Memorandum").id(id("7")).visibility(Visibility.RESTRICTED).build());
    save(Document.titled("Memorandum, corrected").id(id("7")).visibility(Visibility.UNSTATED).build());
    assertThat(stored("7").title()).isEqualTo("Memorandum, corrected");
    assertThat(stored("7").visibility()).isEqualTo(Visibility.RESTRICTED);
    assertThat(catalog().document(id("7"), reader())).isEmpty();

    catalog().write(Change.by("editor:anna", null), w -> w.withdraw(id("7"), "a forgery", 2));
    save(Document.titled("Memorandum, corrected again").id(id("7")).visibility(Visibility.UNSTATED).build());
    assertThat(catalog().withdrawal(id("7"))).isPresent();

    Saved fresh = save(Document.titled("A new letter").visibility(Visibility.UNSTATED).build());
    assertThat(fresh.document().visibility()).isEqualTo(Visibility.PUBLIC);
    save(Document.titled("Memorandum, published").id(id("7")).visibility(Visibility.PUBLIC).build());
    assertThat(catalog().document(id("7"), reader())).isPresent();
  }

  @Test
  default void tellsThePublicOfAWithdrawalOnlyOfADocumentThatWasOncePublic() {
    save(Document.titled("Never public").id(id("8")).visibility(Visibility.RESTRICTED).build());
    save(Document.titled("Published").id(id("9")).build());
    catalog().write(Change.by("editor:anna", null), w -> {
      w.withdraw(id("8"), "personal data", 1);
      w.withdraw(id("9"), "a forgery", 1);
      return null;
    });
    assertThat(catalog().withdrawal(id("8"))).isPresent();
    assertThat(catalog().tombstone(id("8"))).isEmpty();
    assertThat(catalog().tombstone(id("9"))).isPresent();
  }

  @Test
  default void refusesToWithdrawWithoutAReason() {
    save(Document.titled("Telegram").id(id("7")).build());
    assertThatThrownBy(() -> catalog().write(Change.by("editor:anna", null), w -> w.withdraw(id("7"), "  ", 1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("say why document 7 is withdrawn");
    assertThat(catalog().withdrawal(id("7"))).isEmpty();
    assertThat(catalog().document(id("7"), reader())).isPresent();
  }

  @Test
  default void refusesAnEditOfADocumentThatDoesNotExist() {
    assertThatThrownBy(() -> catalog().write(Change.by("editor:anna", null),
        w -> w.saveEdit(Document.titled("Nothing").id(id("99")).build(), 1)))
        .isInstanceOf(NotFoundException.class).hasMessage("there is no document \"99\" in this archive");
    assertThat(catalog().document(id("99"), editor())).isEmpty();
  }

  @Test
  default void updatesADocumentGivenByIdentifierAsANewRevision() {
    save(Document.titled("Telegram").id(id("7")).build());
    clock().advance(Duration.ofHours(1));
    Saved second = catalog().write(Change.by("editor:anna", "corrected the title"),
        w -> w.save(Document.titled("Telegram, Stalin to Lenin").id(id("7")).build()));
    assertThat(second.outcome()).isEqualTo(Saved.Outcome.UPDATED);
    assertThat(second.revision()).isEqualTo(2);
    assertThat(stored("7").title()).isEqualTo("Telegram, Stalin to Lenin");
    assertThat(catalog().revisions(id("7"))).containsExactly(
        new Revision(1, Instant.parse("2026-03-01T09:00:00Z"), "import", Optional.of("telegrams.json")),
        new Revision(2, Instant.parse("2026-03-01T10:00:00Z"), "editor:anna", Optional.of("corrected the title")));
    assertThat(catalog().revision(id("7"), 1).orElseThrow().title()).isEqualTo("Telegram");
    assertThat(catalog().revision(id("7"), 2).orElseThrow().title()).isEqualTo("Telegram, Stalin to Lenin");
  }

  @Test
  default void recordsARevisionWithoutAComment() {
    catalog().write(Change.by("editor:anna", null), w -> w.save(Document.titled("Memo").build()));
    assertThat(catalog().revisions(id("1"))).extracting(Revision::comment).containsExactly(Optional.empty());
  }

  @Test
  default void writesNothingWhenTheContentIsUnchanged() {
    Document d = Document.titled("Telegram").id(id("7")).summary("Stalin reports.").build();
    save(d);
    clock().advance(Duration.ofDays(1));
    Saved again = save(d);
    assertThat(again.outcome()).isEqualTo(Saved.Outcome.UNCHANGED);
    assertThat(again.revision()).isEqualTo(1);
    assertThat(again.document().modified()).contains(Instant.parse("2026-03-01T09:00:00Z"));
    assertThat(catalog().revisions(id("7"))).hasSize(1);
    assertThat(outbox()).containsExactly("document 7 1");
  }

  @Test
  default void ignoresTheStampsWhenComparingContent() {
    save(Document.titled("Telegram").id(id("7")).build());
    Saved again = save(Document.titled("Telegram").id(id("7"))
        .uploaded(Instant.parse("2001-01-01T00:00:00Z")).modified(Instant.parse("2002-01-01T00:00:00Z")).build());
    assertThat(again.outcome()).isEqualTo(Saved.Outcome.UNCHANGED);
    assertThat(stored("7").uploaded()).contains(Instant.parse("2026-03-01T09:00:00Z"));
  }

  @Test
  default void findsADocumentWithoutIdentifierByItsFingerprint() {
    Document d = Document.titled("Telegram, Stalin to Lenin").summary("first").build();
    Saved first = save(d);
    Saved second = save(d);
    assertThat(second.outcome()).isEqualTo(Saved.Outcome.UNCHANGED);
    assertThat(second.document().requireId()).isEqualTo(first.document().requireId());
    Saved third = save(Document.titled("telegram,  STALIN to Lenin").summary("a better summary").build());
    assertThat(third.outcome()).isEqualTo(Saved.Outcome.UPDATED);
    assertThat(third.document().requireId().value()).isEqualTo("1");
    assertThat(stored("1").summary()).contains("a better summary");
    assertThat(catalog().browse(Browse.all(), editor()).total()).isEqualTo(1);
  }

  @Test
  default void treatsACorrectedTitleWithoutIdentifierAsANewDocument() {
    save(Document.titled("Telegram, Stalin to Lenin").build());
    Saved corrected = save(Document.titled("Telegram, Stalin to LENIN and the TsEKA").build());
    assertThat(corrected.outcome()).isEqualTo(Saved.Outcome.CREATED);
    assertThat(corrected.document().requireId().value()).isEqualTo("2");
  }

  @Test
  default void stampsUploadedAndModifiedFromTheClock() {
    Saved created = save(Document.titled("Telegram").id(id("7")).build());
    assertThat(created.document().uploaded()).contains(Instant.parse("2026-03-01T09:00:00Z"));
    assertThat(created.document().modified()).contains(Instant.parse("2026-03-01T09:00:00Z"));
    clock().advance(Duration.ofDays(2));
    Saved updated = save(Document.titled("Telegram (corrected)").id(id("7")).build());
    assertThat(updated.document().uploaded()).contains(Instant.parse("2026-03-01T09:00:00Z"));
    assertThat(updated.document().modified()).contains(Instant.parse("2026-03-03T09:00:00Z"));
    assertThat(stored("7").modified()).contains(Instant.parse("2026-03-03T09:00:00Z"));
  }

  @Test
  default void keepsStampsGivenByTheDocument() {
    Instant uploaded = Instant.parse("2011-05-04T12:00:00Z");
    Instant modified = Instant.parse("2019-02-01T08:30:00Z");
    Saved saved = save(Document.titled("From an export").uploaded(uploaded).modified(modified).build());
    assertThat(stored("1").uploaded()).contains(uploaded);
    assertThat(stored("1").modified()).contains(modified);
    assertThat(saved.document().modified()).contains(modified);
  }

  @Test
  default void announcesEveryNewVersionInTheOutboxInOrder() {
    save(Document.titled("Telegram").id(id("7")).creators(List.of(AgentRef.person("Stalin"))).build());
    save(Document.titled("Telegram, corrected").id(id("7")).creators(List.of(AgentRef.person("Stalin"))).build());
    save(Document.titled("Letter").mentions(new Mentions(List.of(), List.of(), List.of(PlaceRef.named("Rasht"))))
        .build());
    assertThat(outbox()).containsExactly(
        "agent stalin 1", "document 7 1", "document 7 2", "place rasht 1", "document 8 1");
  }

  @Test
  default void storesNothingWhenTheWorkFails() {
    IllegalStateException failure = new IllegalStateException("the file ends in the middle of a record");
    assertThatThrownBy(() -> catalog().write(IMPORT, w -> {
      w.save(Document.titled("One").creators(List.of(AgentRef.person("Joseph Stalin"))).build());
      w.save(Document.titled("Two").mentions(new Mentions(List.of(), List.of(), List.of(PlaceRef.named("Rasht"))))
          .build());
      w.save(Document.titled("Three").collections(List.of(CollectionRef.titled("Iran"))).build());
      throw failure;
    })).isSameAs(failure);
    assertThat(catalog().browse(Browse.all(), editor()).total()).isZero();
    assertThat(catalog().document(id("1"), editor())).isEmpty();
    assertThat(catalog().revisions(id("1"))).isEmpty();
    assertThat(outbox()).isEmpty();
    assertThat(catalog().agent("joseph-stalin")).isEmpty();
    assertThat(catalog().place("rasht")).isEmpty();
    assertThat(catalog().collections(editor())).isEmpty();
  }

  @Test
  default void refusesAWriterUsedAfterItsWorkEnded() {
    CatalogWriter kept = catalog().write(IMPORT, w -> w);
    assertThatThrownBy(() -> kept.save(Document.titled("Late").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this CatalogWriter belongs to a unit of work that has ended");
  }

  @Test
  default void returnsWhatTheWorkReturns() {
    assertThat(catalog().<String>write(IMPORT, w -> "done")).isEqualTo("done");
  }

  @Test
  default void serialisesWritersFromManyThreads() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(threads.submit(() -> {
          for (int i = 0; i < 10; i++) {
            int n = i;
            catalog().write(IMPORT, w -> w.save(Document.titled("Thread " + thread + " document " + n).build()));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(catalog().browse(Browse.all().page(1, 100), editor()).total()).isEqualTo(40);
    assertThat(stored("40").title()).startsWith("Thread ");
    assertThat(outbox()).hasSize(40);
  }

  @Test
  default void letsReadersReadWhileAWriterIsWriting() throws Exception {
    save(Document.titled("Already there").build());
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch read = new CountDownLatch(1);
    AtomicReference<Optional<Document>> seenDuring = new AtomicReference<>();
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try {
      Future<?> writer = threads.submit(() -> catalog().write(IMPORT, w -> {
        w.save(Document.titled("Not yet committed").build());
        written.countDown();
        try {
          return read.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }));
      assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(catalog().document(id("1"), editor())).isPresent();
      seenDuring.set(catalog().document(id("2"), editor()));
      read.countDown();
      writer.get(30, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }
    assertThat(seenDuring.get()).isEmpty();
    assertThat(stored("2").title()).isEqualTo("Not yet committed");
  }

  @Test
  default void refusesAWriteInsideAWrite() {
    assertThatThrownBy(() -> catalog().write(IMPORT, w -> catalog().write(IMPORT, inner -> "nested")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("write was called inside a write: save through the CatalogWriter given");
  }

  @Test
  default void refusesADocumentWithoutATitle() {
    assertThatThrownBy(() -> save(Document.titled("  ").build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("a document has no title");
  }
}
