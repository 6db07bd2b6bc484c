package org.opis.files.ocfl;

import io.ocfl.api.DigestAlgorithmRegistry;
import io.ocfl.api.OcflOption;
import io.ocfl.api.OcflRepository;
import io.ocfl.api.OcflObjectUpdater;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.OcflObjectVersion;
import io.ocfl.api.model.OcflObjectVersionFile;
import io.ocfl.api.model.OcflVersion;
import io.ocfl.api.model.VersionDetails;
import io.ocfl.api.model.VersionInfo;
import io.ocfl.api.model.VersionNum;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.cache.NoOpCache;
import io.ocfl.core.extension.storage.layout.HashedNTupleLayoutExtension;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleLayoutConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.opis.files.FileCheck;
import org.opis.files.FileStore;
import org.opis.files.Incoming;
import org.opis.files.Sha512;
import org.opis.problem.DamagedFileException;
import org.opis.problem.StorageException;
import org.opis.record.DocumentId;

/**
 * The file store as an OCFL storage root: one object a document, named
 * {@code opis:documents/ID}, laid out by the hashed n-tuple extension, SHA-512 digests.
 */
public final class OcflFileStore implements FileStore {
  private static final String PREFIX = "opis:documents/";
  private final OcflRepository repository;
  private final Path root;
  private final ReadChecks reads = new ReadChecks();
  private final OcflRecordVersions records;

  private final CutShort cutShort;

  private OcflFileStore(OcflRepository repository, Path root, Path work) {
    this.repository = repository;
    this.root = root;
    this.cutShort = new CutShort(root, work);
    this.records = new OcflRecordVersions(repository, root, cutShort);
  }

  /**
   * The versions of records kept in the same storage root, each record its own object (see
   * {@link OcflRecordVersions}); one repository for both, so its locks order every writer.
   */
  public OcflRecordVersions records() {
    return records;
  }

  /**
   * Opens the storage root in {@code root}, creating it when missing; staging files go to
   * {@code work}, which must be on the same file system.
   *
   * @throws StorageException when the folders cannot be created or the root is not OCFL
   */
  public static OcflFileStore open(Path root, Path work) {
    try {
      Files.createDirectories(root);
      Files.createDirectories(work);
      OcflRepository repository = new OcflRepositoryBuilder()
          .defaultLayoutConfig(new HashedNTupleLayoutConfig())
          .ocflConfig(config -> config.setOcflVersion(OcflVersion.OCFL_1_1)
              .setDefaultDigestAlgorithm(DigestAlgorithmRegistry.sha512))
          .storage(storage -> storage.fileSystem(root))
          .workDir(work)
          // no inventories held in memory: a server must see the version an import or opis attach
          // in another process has just written
          .inventoryCache(new NoOpCache<>())
          .build();
      return new OcflFileStore(repository, root, work);
    } catch (IOException | RuntimeException e) {
      throw new StorageException("cannot open the file store of originals in " + root + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> keep(DocumentId document, List<Incoming> files, String author, String message) {
    try {
      return write(document, files, author, message);
    } catch (StorageException e) {
      // a version cut short by a kill (its import was never committed): repaired, written again
      if (cutShort.repair(objectId(document))) {
        return write(document, files, author, message);
      }
      throw e;
    }
  }

  private List<String> write(DocumentId document, List<Incoming> files, String author, String message) {
    List<Incoming> changed = changed(document, files);
    if (changed.isEmpty()) {
      return files.stream().map(f -> head(document).orElseThrow().getFile(f.name()).getFixity()
          .get(DigestAlgorithmRegistry.sha512)).toList();
    }
    try {
      repository.updateObject(ObjectVersionId.head(objectId(document)),
          new VersionInfo().setUser(author, null).setMessage(message),
          updater -> changed.forEach(f -> updater.addPath(f.source(), f.name(), OcflOption.OVERWRITE)));
      OcflObjectVersion head = repository.getObject(ObjectVersionId.head(objectId(document)));
      return files.stream().map(f -> head.getFile(f.name()).getFixity().get(DigestAlgorithmRegistry.sha512)).toList();
    } catch (RuntimeException e) {
      throw new StorageException("cannot keep the originals of document " + document.value() + " in the file store: "
          + e.getMessage(), e);
    }
  }

  // a file kept again as it already is makes no new version: importing the same record twice
  // leaves the object as it was
  private List<Incoming> changed(DocumentId document, List<Incoming> files) {
    Optional<OcflObjectVersion> head = head(document);
    List<Incoming> changed = new ArrayList<>();
    for (Incoming f : files) {
      OcflObjectVersionFile kept = head.map(h -> h.getFile(f.name())).orElse(null);
      if (kept == null || !kept.getFixity().get(DigestAlgorithmRegistry.sha512).equals(digest(f))) {
        changed.add(f);
      }
    }
    return changed;
  }

  private static String digest(Incoming f) {
    try (InputStream in = Files.newInputStream(f.source())) {
      return Sha512.of(in);
    } catch (IOException e) {
      throw new StorageException("cannot read " + f.source() + " to keep it: " + e.getMessage(), e);
    }
  }

  @Override
  public InputStream open(DocumentId document, String name) {
    OcflObjectVersionFile file = verified(document, name);
    try {
      return Files.newInputStream(root.resolve(file.getStorageRelativePath()));
    } catch (IOException e) {
      throw new DamagedFileException(damaged(document, name, e.getMessage()));
    }
  }

  @Override
  public void verify(DocumentId document, String name) {
    verified(document, name);
  }

  private OcflObjectVersionFile verified(DocumentId document, String name) {
    OcflObjectVersionFile file = head(document).flatMap(h -> Optional.ofNullable(h.getFile(name)))
        .orElseThrow(() -> new org.opis.problem.NotFoundException(
            "document " + document.value() + " has no original called \"" + name + "\" in the file store"));
    Optional<String> problem = reads.problem(root.resolve(file.getStorageRelativePath()),
        file.getFixity().get(DigestAlgorithmRegistry.sha512));
    if (problem.isPresent()) {
      throw new DamagedFileException(damaged(document, name, problem.get()));
    }
    return file;
  }

  private static String damaged(DocumentId document, String name, String problem) {
    return "the original \"" + name + "\" of document " + document.value() + " is damaged: " + problem;
  }

  @Override
  public List<String> names(DocumentId document) {
    return head(document).map(h -> h.getFiles().stream().map(OcflObjectVersionFile::getPath).sorted().toList())
        .orElse(List.of());
  }

  @Override
  public int versions(DocumentId document) {
    return head(document).map(h -> h.getVersionNum().getVersionNum()).map(Long::intValue).orElse(0);
  }

  @Override
  public List<FileCheck> check(DocumentId document) {
    List<FileCheck> checks = new ArrayList<>();
    List<OcflObjectVersionFile> files = head(document).map(h -> h.getFiles().stream()
        .sorted(Comparator.comparing(OcflObjectVersionFile::getPath)).toList()).orElse(List.of());
    for (OcflObjectVersionFile file : files) {
      String name = file.getPath();
      String recorded = file.getFixity().get(DigestAlgorithmRegistry.sha512);
      Path path = root.resolve(file.getStorageRelativePath());
      Optional<String> found;
      try (InputStream in = Files.newInputStream(path)) {
        found = Optional.of(Sha512.of(in));
      } catch (NoSuchFileException e) {
        checks.add(new FileCheck(document, name, recorded, Optional.empty(), Optional.of(Damage.MISSING)));
        continue;
      } catch (IOException e) {
        checks.add(new FileCheck(document, name, recorded, Optional.empty(),
            Optional.of("cannot be read from " + file.getStorageRelativePath() + ": " + e.getMessage())));
        continue;
      }
      Optional<String> problem = Damage.compared(found.get(), recorded);
      reads.found(path, recorded, problem);
      checks.add(new FileCheck(document, name, recorded, found, problem));
    }
    return checks;
  }

  @Override
  public List<FileCheck> checkEarlier(DocumentId document) {
    Optional<OcflObjectVersion> head = head(document);
    if (head.isEmpty() || head.get().getVersionNum().getVersionNum() == 1) {
      return List.of();
    }
    try {
      return EarlierContent.of(repository, root, objectId(document)).stream()
          .map(r -> new FileCheck(document, r.name(), r.recorded(), r.found(),
              r.problem().map(p -> "in version " + r.version() + ", no longer the document's: " + p)))
          .toList();
    } catch (RuntimeException e) {
      throw new StorageException("cannot read the earlier versions of " + objectId(document) + " in the OCFL store: "
          + e.getMessage(), e);
    }
  }

  @Override
  public List<String> putBack(DocumentId document, Map<String, Optional<String>> digests, String author,
      String message) {
    String id = objectId(document);
    try {
      cutShort.repair(id);
      Optional<OcflObjectVersion> head = head(document);
      // every content the object ever held, by digest: where (version and name) to take it from
      Map<String, Earlier> kept = new HashMap<>();
      if (head.isPresent()) {
        for (VersionDetails version : repository.describeObject(id).getVersionMap().values()) {
          version.getFiles().forEach(f -> kept.putIfAbsent(f.getFixity().get(DigestAlgorithmRegistry.sha512),
              new Earlier(version.getVersionNum(), f.getPath())));
        }
      }
      List<String> lost = new ArrayList<>();
      List<Consumer<OcflObjectUpdater>> steps = new ArrayList<>();
      digests.forEach((name, wanted) -> {
        String now = head.map(h -> h.getFile(name)).map(f -> f.getFixity().get(DigestAlgorithmRegistry.sha512))
            .orElse(null);
        if (wanted.isEmpty() && now != null) {
          steps.add(u -> u.removeFile(name));
        } else if (wanted.isPresent() && !wanted.get().equals(now)) {
          Earlier earlier = kept.get(wanted.get());
          if (earlier == null) {
            lost.add(name);
          } else {
            steps.add(u -> u.reinstateFile(earlier.version(), earlier.name(), name, OcflOption.OVERWRITE));
          }
        }
      });
      if (!steps.isEmpty()) {
        repository.updateObject(ObjectVersionId.head(id), new VersionInfo().setUser(author, null).setMessage(message),
            updater -> steps.forEach(step -> step.accept(updater)));
      }
      return lost.stream().sorted().toList();
    } catch (RuntimeException e) {
      throw new StorageException("cannot put back the originals of document " + document.value() + " in the file"
          + " store: " + e.getMessage(), e);
    }
  }

  private record Earlier(VersionNum version, String name) {}

  @Override
  public List<DocumentId> documents() {
    return StoredObjects.ids(root, cutShort).stream()
        .filter(id -> id.startsWith(PREFIX))
        .map(id -> id.substring(PREFIX.length()))
        .filter(DocumentId::isWellFormed)
        .map(DocumentId::new)
        .sorted()
        .toList();
  }

  @Override
  public void close() {
    repository.close();
  }

  private Optional<OcflObjectVersion> head(DocumentId document) {
    String id = objectId(document);
    try {
      return Heads.of(repository, id, cutShort);
    } catch (RuntimeException e) {
      throw new StorageException("cannot read the originals of document " + document.value() + ": " + e.getMessage(), e);
    }
  }

  private static String objectId(DocumentId document) {
    return PREFIX + document.value();
  }
}
