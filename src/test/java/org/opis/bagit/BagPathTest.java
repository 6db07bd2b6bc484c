package org.opis.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paths in manifests: RFC 8493's percent-encoding, and the paths no bag may name. */
class BagPathTest {
  @Test
  void percentEncodesCrLfAndPercentOnlyAndDecodesThemBack() {
    String name = "data/originals/1/page 100%\r\nverso é.png";
    assertThat(BagPath.encode(name)).isEqualTo("data/originals/1/page 100%25%0D%0Averso é.png");
    assertThat(BagPath.decode(BagPath.encode(name))).isEqualTo(name);
    assertThat(BagPath.decode("data/a%0a%2Fb%")).isEqualTo("data/a\n%2Fb%");
  }

  @Test
  void refusesPathsThatLeaveTheBagOrItsPayload() {
    assertThat(BagPath.refusal("data/../../etc/passwd", true)).hasValue(
        "the path \"data/../../etc/passwd\" goes up (..) out of its folder");
    assertThat(BagPath.refusal("/etc/passwd", true)).hasValue(
        "the path \"/etc/passwd\" is absolute; a bag's paths are relative to its folder");
    assertThat(BagPath.refusal("C:/Windows/win.ini", true)).get().asString().contains("is absolute");
    assertThat(BagPath.refusal("data\\..\\x", true)).get().asString().contains("holds a backslash");
    assertThat(BagPath.refusal("data/a\0.png", true)).hasValue("the path holds a NUL character");
    assertThat(BagPath.refusal("data//a", true)).get().asString().contains("empty or \".\" folder");
    assertThat(BagPath.refusal("bag-info.txt", true)).hasValue(
        "the path \"bag-info.txt\" is outside the payload folder data/");
    assertThat(BagPath.refusal("data/x.json", false)).get().asString().contains("tag manifest lists tag files only");
    assertThat(BagPath.refusal("data/records/documents/1.json", true)).isEmpty();
  }
}
