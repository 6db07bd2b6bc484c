package org.opis.files.ocfl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.opis.problem.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identifiers of the objects in an OCFL storage root, found on disk as any OCFL tool finds
 * them: a folder holding an object conformance file is an object, named inside its root
 * inventory. A root inventory a kill left missing or cut off is completed from the object's
 * newest whole version first ({@link CutShort#complete}); an object with no version folder is
 * not listed, because it was never written (a first write cut short before its version moved
 * in, or one being written right now by another process). An object with versions that still
 * cannot be named is damaged, not cut short: it stops the listing, naming its folder.
 */
final class StoredObjects {
  private static final Logger LOG = LoggerFactory.getLogger(StoredObjects.class);
  private static final String CONFORMANCE = "0=ocfl_object_";
  // storage root, three tuple folders of the hashed n-tuple layout, the object, its file
  private static final int DEPTH = 5;
  private static final JsonFactory JSON = new JsonFactory();

  private StoredObjects() {}

  static List<String> ids(Path root, CutShort cutShort) {
    List<Path> objects;
    try (Stream<Path> all = Files.walk(root, DEPTH)) {
      objects = all.filter(p -> p.getFileName().toString().startsWith(CONFORMANCE) && Files.isRegularFile(p))
          .map(Path::getParent)
          .toList();
    } catch (IOException | RuntimeException e) {
      throw new StorageException("cannot list the objects of the OCFL store in " + root + ": " + e.getMessage(), e);
    }
    List<String> ids = new ArrayList<>(objects.size());
    for (Path object : objects) {
      Optional<String> id = id(object);
      if (id.isEmpty() && cutShort.complete(root.relativize(object).toString(), object)) {
        id = id(object);
      }
      if (id.isPresent()) {
        ids.add(id.get());
      } else if (written(object)) {
        throw new StorageException("cannot list the objects of the OCFL store in " + root + ": the inventory of the"
            + " object in " + root.relativize(object) + " cannot be read", null);
      } else {
        LOG.debug("{} holds no version written whole: not an object yet", object);
      }
    }
    return ids;
  }

  // a version folder is moved in whole, in one rename: without one the object was never written
  private static boolean written(Path object) {
    try (Stream<Path> all = Files.list(object)) {
      return all.anyMatch(p -> p.getFileName().toString().matches("v\\d+") && Files.isDirectory(p));
    } catch (IOException e) {
      return true;
    }
  }

  // the top-level "id" of the root inventory, without reading the rest of it into memory
  private static Optional<String> id(Path object) {
    Path inventory = object.resolve(CutShort.INVENTORY);
    try (JsonParser json = JSON.createParser(inventory.toFile())) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if ("id".equals(field) && value == JsonToken.VALUE_STRING) {
          return Optional.of(json.getText());
        }
        json.skipChildren();
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
