package org.opis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opis.record.DocumentId;

class SlugTest {

  @Test
  void makesReadableAsciiIdentifiersFromNames() {
    assertThat(Slug.of("Kuchuk-Khan", "person")).isEqualTo("kuchuk-khan");
    assertThat(Slug.of("TsEKA (Central Committee)", "organisation")).isEqualTo("tseka-central-committee");
    assertThat(Slug.of("Сталин", "person")).isEqualTo("stalin");
    assertThat(Slug.of("Kūchak Khān", "person")).isEqualTo("kuchak-khan");
  }

  @Test
  void fallsBackWhenANameHasNothingToMakeASlugOf() {
    assertThat(Slug.of("???", "place")).isEqualTo("place");
  }

  @Test
  void keepsLongSlugsShortAtAWordBoundary() {
    String slug = Slug.of("The Central Committee of the Communist Party of the Soviet Union and its Presidium", "x");
    assertThat(slug).isEqualTo("the-central-committee-of-the-communist-party-of");
    assertThat(slug.length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
    assertThat(DocumentId.isWellFormed(slug + "-123")).isTrue();
  }

  @Test
  void cutsAWordLongerThanASlug() {
    assertThat(Slug.of("a".repeat(80), "x")).hasSize(Slug.MAX_LENGTH);
  }

  @Test
  void numbersASlugThatIsTaken() {
    assertThat(Slug.unique("stalin", Set.of()::contains)).isEqualTo("stalin");
    assertThat(Slug.unique("stalin", Set.of("stalin")::contains)).isEqualTo("stalin-2");
    assertThat(Slug.unique("stalin", Set.of("stalin", "stalin-2")::contains)).isEqualTo("stalin-3");
  }
}
