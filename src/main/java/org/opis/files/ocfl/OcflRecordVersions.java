package org.opis.files.ocfl;

import io.ocfl.api.DigestAlgorithmRegistry;
import io.ocfl.api.OcflOption;
import io.ocfl.api.OcflRepository;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.OcflObjectVersion;
import io.ocfl.api.model.OcflObjectVersionFile;
import io.ocfl.api.model.VersionInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.catalog.CatalogChange;
import org.opis.catalog.SavedVersion;
import org.opis.files.Sha512;
import org.opis.preserve.KeptRecord;
import org.opis.preserve.RecordVersions;
import org.opis.problem.DamagedFileException;
import org.opis.problem.StorageException;

/**
 * Record versions in the OCFL storage root of the originals: the record with identifier ID is
 * the object {@code opis:records/documents/ID} ({@code agents/}, {@code places/}), holding one
 * file, {@code record.json}; each revision of the record is one OCFL version, whose message
 * begins "revision N", whose user is who saved it and whose created time is when. A record has
 * its own object, apart from its document's originals, so that its versions follow the
 * catalog's revisions one for one, and so that keeping them afterwards never races an import
 * adding files to the document's object from another process.
 */
public final class OcflRecordVersions implements RecordVersions {
  /** The one file of a record's object. */
  public static final String FILE = "record.json";
  private static final String PREFIX = "opis:records/";
  private static final Map<String, String> FOLDERS = Map.of(
      CatalogChange.DOCUMENT, "documents", CatalogChange.AGENT, "agents", CatalogChange.PLACE, "places");
  private static final Pattern REVISION = Pattern.compile("^revision (\\d+)");

  private final OcflRepository repository;
  private final Path root;
  private final CutShort cutShort;

  OcflRecordVersions(OcflRepository repository, Path root, CutShort cutShort) {
    this.repository = repository;
    this.root = root;
    this.cutShort = cutShort;
  }

  /** The OCFL object identifier of a record: {@code opis:records/documents/12}. */
  public static String objectId(String kind, String id) {
    String folder = FOLDERS.get(kind);
    if (folder == null) {
      throw new IllegalArgumentException("no record of kind \"" + kind + "\" is preserved");
    }
    return PREFIX + folder + "/" + id;
  }

  @Override
  public boolean keep(SavedVersion version, String json) {
    try {
      return write(version, json);
    } catch (StorageException e) {
      // a version cut short by a kill: repaired, the version is written again whole
      if (cutShort.repair(objectId(version.change().kind(), version.change().id()))) {
        return write(version, json);
      }
      throw e;
    }
  }

  private boolean write(SavedVersion version, String json) {
    CatalogChange change = version.change();
    String object = objectId(change.kind(), change.id());
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    try {
      Optional<OcflObjectVersion> head = head(object);
      if (head.isPresent() && revisionOf(head.get()) == change.revision()) {
        OcflObjectVersionFile kept = head.get().getFile(FILE);
        if (kept != null && kept.getFixity().get(DigestAlgorithmRegistry.sha512).equals(Sha512.of(bytes))) {
          return false;
        }
      }
      String message = "revision " + change.revision() + version.saved().comment().map(c -> ": " + c).orElse("");
      repository.updateObject(ObjectVersionId.head(object),
          new VersionInfo().setUser(version.saved().author(), null).setMessage(message)
              .setCreated(version.saved().at().atOffset(ZoneOffset.UTC)),
          updater -> updater.writeFile(new ByteArrayInputStream(bytes), FILE, OcflOption.OVERWRITE));
      return true;
    } catch (RuntimeException e) {
      throw new StorageException("cannot keep revision " + change.revision() + " of " + change.kind() + " "
          + change.id() + " in the OCFL store: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<KeptRecord> newest(String kind, String id) {
    String object = objectId(kind, id);
    Optional<OcflObjectVersion> head = head(object);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    OcflObjectVersionFile file = head.get().getFile(FILE);
    if (file == null) {
      throw new DamagedFileException("the newest version of " + object + " holds no " + FILE);
    }
    byte[] json;
    try (InputStream in = file.getStream()) {
      json = in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      throw new DamagedFileException(FILE + " of " + object + " cannot be read (" + file.getStorageRelativePath()
          + "): " + e.getMessage());
    }
    return Optional.of(new KeptRecord(revisionOf(head.get()), (int) head.get().getVersionNum().getVersionNum(), json,
        file.getFixity().get(DigestAlgorithmRegistry.sha512)));
  }

  @Override
  public List<Checked> checkEarlier(String kind, String id) {
    String object = objectId(kind, id);
    Optional<OcflObjectVersion> head = head(object);
    // most records were saved once: their one version is the newest, read already
    if (head.isEmpty() || head.get().getVersionNum().getVersionNum() == 1) {
      return List.of();
    }
    try {
      return EarlierContent.of(repository, root, object).stream()
          .map(r -> new Checked(r.version(), r.found().isPresent(), r.problem()))
          .toList();
    } catch (RuntimeException e) {
      throw new StorageException("cannot read the earlier versions of " + object + " in the OCFL store: "
          + e.getMessage(), e);
    }
  }

  private Optional<OcflObjectVersion> head(String object) {
    try {
      return Heads.of(repository, object, cutShort);
    } catch (RuntimeException e) {
      throw new StorageException("cannot read " + object + " in the OCFL store: " + e.getMessage(), e);
    }
  }

  // 0 for a version whose message names no revision (written by hand, or by another tool)
  private static int revisionOf(OcflObjectVersion version) {
    String message = version.getVersionInfo() == null ? null : version.getVersionInfo().getMessage();
    Matcher m = message == null ? null : REVISION.matcher(message);
    return m != null && m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

}
