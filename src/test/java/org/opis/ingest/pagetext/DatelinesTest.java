package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opis.authority.PlaceRef;
import org.opis.record.Dateline;

class DatelinesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "16 November 17-5|17:05",
      "17-5|17:05",
      "17:05|17:05",
      "17.05 hrs|17:05",
      "1705 hours|17:05",
      "November 16 9:30|09:30",
      "3 декабря 21-40|21:40"})
  void readsTimeOfDispatchNearTheEnd(String line, String time) {
    assertThat(Datelines.of(List.of("Text of the telegram.", line)).time()).contains(time);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"25:70", "1920", "16 November 1920", "We met at 17:05 and talked."})
  void takesNoTimeFromOtherLines(String line) {
    assertThat(Datelines.of(List.of("Text of the telegram.", line)).time()).isEmpty();
  }

  @Test
  void readsDatelineNearTheStart() {
    Dateline dateline = Datelines.of(List.of("MOSCOW, only to LENIN", "Vladikavkaz, 16 November", "Text."));
    assertThat(dateline.asWritten()).contains("Vladikavkaz, 16 November");
    assertThat(dateline.place()).contains(PlaceRef.named("Vladikavkaz"));
  }

  @Test
  void writesShoutedPlaceAsAName() {
    Dateline dateline = Datelines.of(List.of("PEKING, 2 October 1950.", "Text."));
    assertThat(dateline.asWritten()).contains("PEKING, 2 October 1950");
    assertThat(dateline.place()).contains(PlaceRef.named("Peking"));
  }

  @Test
  void readsDatelinesWithMonthFirstAndInRussian() {
    assertThat(Datelines.of(List.of("Washington, November 16, 1920", "Text.")).place())
        .contains(PlaceRef.named("Washington"));
    assertThat(Datelines.of(List.of("Москва, 16 ноября 1920 г.", "Текст.")).asWritten())
        .contains("Москва, 16 ноября 1920 г.");
  }

  @Test
  void findsNoDatelineInProse() {
    assertThat(Datelines.of(List.of("First, it is clear, 16 November was a hard day for all of us.", "Text.")))
        .isEqualTo(Dateline.NONE);
  }
}
