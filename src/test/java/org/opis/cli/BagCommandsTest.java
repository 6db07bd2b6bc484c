package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.bagit.LibraryOfCongress;
import org.opis.catalog.CollectionDescription;
import org.opis.catalog.Change;
import org.opis.catalog.CollectionSummary;
import org.opis.catalog.Viewer;
import org.opis.record.DocumentId;
import org.opis.wiring.Archive;

/**
 * opis export --format bagit and opis import of a bag: the round trip, the parts of an archive,
 * bags made by another system, each bag Opis writes validated by the Library of Congress's library.
 */
class BagCommandsTest {
  @TempDir Path dir;

  private Path exportBag(Path data, String name, String... more) throws Exception {
    Path out = dir.resolve(name);
    String[] args = Stream.concat(Stream.of("export", "--data", data.toString(), "--format", "bagit"), Stream.of(more))
        .toArray(String[]::new);
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = out.toString();
    Bags.ok(Console.run(all));
    LibraryOfCongress.verify(out);
    return out;
  }

  private static List<String> payload(Path bag) throws Exception {
    return Files.readAllLines(bag.resolve("manifest-sha512.txt")).stream().map(l -> l.substring(130)).toList();
  }

  private String json(Path data) throws Exception {
    Path out = dir.resolve("export-" + data.getFileName() + ".jsonl");
    Bags.ok(Console.run("export", "--data", data.toString(), out.toString()));
    return Files.readString(out);
  }

  @Test
  void exportImportExportGivesBagsWithIdenticalPayloadManifests() throws Exception {
    Path first = dir.resolve("first");
    Bags.fill(first, dir);
    Path once = exportBag(first, "once");

    Path second = dir.resolve("second");
    Console imported = Bags.ok(Console.run("import", "--data", second.toString(), once.toString()));
    Path twice = exportBag(second, "twice");

    assertThat(imported.out()).isEqualTo(once + ": imported 5 documents (5 new, 19 authority records, 2 collections)\n");
    assertThat(Files.readAllBytes(twice.resolve("manifest-sha512.txt")))
        .isEqualTo(Files.readAllBytes(once.resolve("manifest-sha512.txt")));
    assertThat(Files.readAllBytes(twice.resolve("manifest-sha256.txt")))
        .isEqualTo(Files.readAllBytes(once.resolve("manifest-sha256.txt")));
    assertThat(payload(once)).contains("data/records/documents/1.json", "data/records/documents/5.json",
        "data/records/people/frus1964-68v22-p-jlb1.json", "data/records/places/tehran.json", "data/tei/1.xml",
        "data/tei/5.xml", "data/originals/1/p1.png", "data/originals/5/p1.jpg", "data/originals/5/p2.tiff",
        "data/originals/5/letter.pdf");
    assertThat(json(second)).isEqualTo(json(first));
    try (Archive a = Bags.open(second)) {
      assertThat(a.files().names(new DocumentId("5"))).containsExactly("letter.pdf", "p1.jpg", "p2.tiff");
    }
  }

  @Test
  void bagInfoNamesTheArchiveItsContactAndWhatThePayloadHolds() throws Exception {
    Path data = dir.resolve("data");
    Bags.fill(data, dir);
    Path bag = exportBag(data, "bag", "--name", "Wilson Center Digital Archive", "--contact-email",
        "archivist@example.org");

    List<String> info = Files.readAllLines(bag.resolve("bag-info.txt"));
    long octets = 0;
    for (String p : payload(bag)) {
      octets += Files.size(bag.resolve(p));
    }
    assertThat(info).containsExactly(
        "Source-Organization: Wilson Center Digital Archive",
        "Contact-Email: archivist@example.org",
        "External-Description: Wilson Center Digital Archive: every document of the archive, public or not, and every "
            + "person, organisation and place it knows; 5 documents, 19 authority records, 4 originals. Layout: "
            + "data/records/documents/ID.json, data/records/people/ID.json, data/records/places/ID.json, "
            + "data/records/merges.jsonl and data/records/collections.jsonl (canonical JSON), data/tei/ID.xml (TEI P5), "
            + "data/originals/ID/NAME (originals).",
        "Bagging-Date: " + LocalDate.now(java.time.ZoneOffset.UTC),
        "Bag-Software-Agent: Opis",
        "Payload-Oxum: " + octets + "." + payload(bag).size(),
        info.get(6));
    assertThat(info.get(6)).matches("Bag-Size: [0-9.]+ KB");
    assertThat(Files.readString(bag.resolve("bagit.txt"))).isEqualTo(
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    assertThat(Files.readAllLines(bag.resolve("tagmanifest-sha512.txt"))).extracting(l -> l.substring(130))
        .containsExactly("bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt");
    assertThat(Files.readString(bag.resolve("data/tei/1.xml"))).contains("<publisher>Wilson Center Digital Archive");
  }

  @Test
  void exportsACollectionWithTheCollectionsWithinItAndOnlyTheRecordsTheyName() throws Exception {
    Path data = dir.resolve("data");
    Bags.fill(data, dir);
    String volume;
    CollectionSummary letters;
    try (Archive a = Bags.open(data)) {
      List<CollectionSummary> all = a.catalog().collections(Viewer.editorOn(LocalDate.now()));
      letters = all.stream().filter(c -> c.title().equals("Letters of the Shah")).findFirst()
          .orElseThrow();
      volume = all.stream().filter(c -> c.title().startsWith("Foreign Relations")).findFirst().orElseThrow().id();
      a.catalog().write(Change.by("test", "a theme within the volume"), w -> {
        w.describe(new CollectionDescription(letters.id(), letters.title(), Optional.empty(), Optional.of(volume),
            List.of()));
        return null;
      });
    }

    Path bag = exportBag(data, "bag", "--collection", volume);

    assertThat(payload(bag)).filteredOn(p -> p.startsWith("data/records/documents/"))
        .containsExactly("data/records/documents/2.json", "data/records/documents/3.json",
            "data/records/documents/4.json", "data/records/documents/5.json");
    assertThat(payload(bag)).contains("data/originals/5/p1.jpg", "data/records/places/tehran.json")
        .doesNotContain("data/originals/1/p1.png", "data/records/people/stalin.json");
    assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains("the documents of the collection \"Foreign "
        + "Relations");
    Path elsewhere = dir.resolve("elsewhere");
    Bags.ok(Console.run("import", "--data", elsewhere.toString(), bag.toString()));
    assertThat(Bags.held(elsewhere)).containsExactly(4, 1);
    try (Archive a = Bags.open(elsewhere)) {
      assertThat(a.catalog().descriptions()).extracting(CollectionDescription::id)
          .containsExactlyInAnyOrder(volume, letters.id());
      assertThat(a.catalog().description(letters.id()).orElseThrow().within()).contains(volume);
    }
    // a bag of the theme's one collection, imported into its own archive, leaves the theme as it was
    CollectionDescription theme;
    try (Archive a = Bags.open(data)) {
      a.catalog().write(Change.by("test", "the volume's order"), w -> {
        w.describe(new CollectionDescription(volume, a.catalog().description(volume).orElseThrow().title(),
            Optional.of("The *volume*."), Optional.empty(), List.of(new DocumentId("4"), new DocumentId("2"))));
        return null;
      });
      theme = a.catalog().description(volume).orElseThrow();
    }
    Path letterBag = exportBag(data, "letters-bag", "--collection", letters.id());
    Bags.ok(Console.run("import", "--data", data.toString(), letterBag.toString()));
    try (Archive a = Bags.open(data)) {
      assertThat(a.catalog().description(volume)).contains(theme);
    }
  }

  @Test
  void exportsWhatASearchFinds() throws Exception {
    Path data = dir.resolve("data");
    Bags.fill(data, dir);

    Path bag = exportBag(data, "bag", "--query", "Kuchuk person:Stalin");

    assertThat(payload(bag)).filteredOn(p -> !p.startsWith("data/records/people/") && !p.startsWith(
        "data/records/places/")).containsExactlyInAnyOrder("data/originals/1/p1.png", "data/records/documents/1.json",
        "data/tei/1.xml");
    assertThat(payload(bag)).contains("data/records/people/stalin.json", "data/records/places/vladikavkaz.json")
        .doesNotContain("data/records/people/frus1964-68v22-p-jlb1.json");
  }

  @Test
  void exportsAnEmptyArchiveAsAValidEmptyBagThatImports() throws Exception {
    Path bag = exportBag(Console.emptyArchive(dir.resolve("empty")), "bag");

    assertThat(Files.readString(bag.resolve("manifest-sha512.txt"))).isEmpty();
    assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains("Payload-Oxum: 0.0\n");
    Console c = Bags.ok(Console.run("import", "--data", dir.resolve("other").toString(), bag.toString()));
    assertThat(c.out()).isEqualTo(bag + ": imported 0 documents\n");
  }

  @Test
  void importsAZippedBagFoundInAFolderAndSkipsAZipThatIsNoBag() throws Exception {
    Path first = dir.resolve("first");
    Bags.fill(first, dir);
    Path incoming = Files.createDirectories(dir.resolve("incoming"));
    Bags.zip(exportBag(first, "bag"), incoming.resolve("bag.zip"));
    try (java.util.zip.ZipOutputStream other = new java.util.zip.ZipOutputStream(
        Files.newOutputStream(incoming.resolve("photos.zip")))) {
      other.putNextEntry(new java.util.zip.ZipEntry("p1.txt"));
      other.write("not a bag".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Console c = Console.run("import", "--data", dir.resolve("second").toString(), incoming.toString());

    assertThat(c.exit()).as(c.out() + c.err()).isZero();
    assertThat(c.out()).contains(incoming.resolve("bag.zip") + ": imported 5 documents (5 new, 19 authority records, 2 collections)\n")
        .contains(incoming.resolve("photos.zip") + ": skipped: not a format Opis imports");
  }

  @Test
  void importsAZippedBagAndGivesTheSameBagBack() throws Exception {
    Path first = dir.resolve("first");
    Bags.fill(first, dir);
    Path bag = exportBag(first, "bag");
    Path zip = Bags.zip(bag, dir.resolve("bag.zip"));

    Path second = dir.resolve("second");
    Console c = Bags.ok(Console.run("import", "--data", second.toString(), zip.toString()));

    assertThat(c.out()).isEqualTo(zip + ": imported 5 documents (5 new, 19 authority records, 2 collections)\n");
    assertThat(Files.readString(exportBag(second, "again").resolve("manifest-sha512.txt")))
        .isEqualTo(Files.readString(bag.resolve("manifest-sha512.txt")));
    try (Stream<Path> left = Files.list(second.resolve("derivatives"))) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("bag-"));
    }
  }

  @Test
  void importsABagFoundInAFolderWholeAndTheFilesBesideItOneByOne() throws Exception {
    Path first = dir.resolve("first");
    Bags.fill(first, dir);
    Path incoming = Files.createDirectories(dir.resolve("incoming"));
    exportBag(first, "incoming/from-first");
    Path letter = Files.writeString(incoming.resolve("letter.json"), "{\"title\": \"A letter\"}");

    Console c = Bags.ok(Console.run("import", "--data", dir.resolve("second").toString(), incoming.toString()));

    assertThat(c.out()).isEqualTo(incoming.resolve("from-first") + ": imported 5 documents (5 new, 19 authority records, 2 collections)\n"
        + letter + ": imported 1 document (1 new)\n");
  }

  @Test
  void refusesACollectionThatDoesNotExistAndAFolderThatHoldsFiles() throws Exception {
    Path data = Console.emptyArchive(dir.resolve("data"));
    Console none = Console.run("export", "--data", data.toString(), "--format", "bagit", "--collection", "atlantis",
        dir.resolve("bag").toString());
    assertThat(none.exit()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(none.err()).contains("there is no collection \"atlantis\"");
    assertThat(dir.resolve("bag")).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".opis-export-"));
    }

    Files.createDirectories(dir.resolve("full"));
    Files.writeString(dir.resolve("full/keep.txt"), "kept");
    Console full = Console.run("export", "--data", data.toString(), "--format", "bagit", dir.resolve("full").toString());
    assertThat(full.exit()).isEqualTo(ExitCodes.REJECTED);
    assertThat(full.err()).contains("cannot export the bag into " + dir.resolve("full") + ": it is not an empty folder");
    assertThat(Files.readString(dir.resolve("full/keep.txt"))).isEqualTo("kept");
  }
}
