package org.opis.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A reading room over the searchable test archive ({@link Archive#searchable()}), opened once for
 * all the tests of a class that extends it, and stopped after them.
 */
abstract class SearchableRoom {
  static ReadingRoom room;
  static Http http;

  @BeforeAll
  static void openRoom() {
    room = Archive.open(Archive.searchable());
    http = new Http(room);
  }

  @AfterAll
  static void stopRoom() {
    room.stop();
  }
}
