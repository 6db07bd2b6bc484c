package org.opis.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.date.Calendar;
import org.opis.date.DocumentDate;
import org.opis.marks.EditorialMark;
import org.opis.marks.MarkKind;
import org.opis.reference.ArchivalReference;
import org.opis.reference.ReferenceSystem;

/** Documents for tests, with every part of the record filled in the way the seed page fills it. */
public final class SampleDocuments {
  private SampleDocuments() {}

  /** A document modelled on the seed telegram, with every field present. */
  public static Document telegram() {
    String body = "MOSCOW, only to LENIN and the TsEKA [Central Committee]\n\n"
        + "Matters in Persia: customs cordons [kordony] and sovietists [SIC] in Rasht.";
    int gloss = body.indexOf("[Central");
    int foreign = body.indexOf("[kordony]");
    int sic = body.indexOf("[SIC]");
    return Document.titled("Telegram, Stalin to LENIN and the TsEKA [Central Committee]")
        .type("telegram")
        .date(new DocumentDate("November 16, 1920", "1920-11-16", LocalDate.of(1920, 11, 16),
            LocalDate.of(1920, 11, 16), Calendar.GREGORIAN, false))
        .dateline(new Dateline(Optional.of("Vladikavkaz, 16 November"), Optional.of(PlaceRef.named("Vladikavkaz")),
            Optional.of("17:05")))
        .creators(List.of(AgentRef.person("Stalin")))
        .recipients(List.of(AgentRef.person("Lenin"), AgentRef.organisation("TsEKA (Central Committee)")))
        .summary("I. V. Stalin discusses Kuchuk Khan's past correspondence with the Shah of Iran.")
        .texts(List.of(new Text(TextKind.TRANSLATION, "en", List.of(AgentRef.person("Gary Goldberg")), body,
            List.of(new EditorialMark(MarkKind.GLOSS, gloss, gloss + 19),
                new EditorialMark(MarkKind.FOREIGN, foreign, foreign + 9),
                new EditorialMark(MarkKind.SIC, sic, sic + 5)))))
        .sources(List.of(new ArchivalReference("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003", Optional.of("RGASPI"),
            ReferenceSystem.RUSSIAN, List.of(new ArchivalReference.Level("fond", "558"),
                new ArchivalReference.Level("opis", "11"), new ArchivalReference.Level("delo", "317"),
                new ArchivalReference.Level("listy", "1-3")))))
        .identifiers(List.of("Nº 176/s"))
        .externalIds(List.of(new ExternalId("Wilson Center Digital Archive", "119312")))
        .classification("Top Secret")
        .languages(List.of("ru"))
        .rights(new Rights("The History and Public Policy Program welcomes reuse.", Optional.of("http://rightsstatements.org/vocab/InC-EDU/1.0/")))
        .funders(List.of("MacArthur Foundation", "Blavatnik Family Foundation"))
        .mentions(new Mentions(List.of(AgentRef.person("Kuchuk-Khan"), AgentRef.person("Ehsanullah")),
            List.of(AgentRef.organisation("Iranian Communist Party")),
            List.of(PlaceRef.named("Rasht"), PlaceRef.named("Tabriz"), PlaceRef.named("Persia"))))
        .subjects(List.of("Iran--History--1909-1925"))
        .collections(List.of(CollectionRef.titled("Iran and the Soviet Union")))
        .attachments(List.of(new Attachment("page-1.jpg", "image/jpeg", 12345, "a".repeat(128),
            AttachmentRole.SCAN, Optional.of("page 1"))))
        .related(List.of(new Relation(new DocumentId("2"), Optional.of("reply"))))
        .visibility(Visibility.PUBLIC)
        .provenance("Test document modelled on the seed page.")
        .uploaded(Instant.parse("2019-11-08T00:00:00Z"))
        .modified(Instant.parse("2020-01-02T03:04:05Z"))
        .build();
  }
}
