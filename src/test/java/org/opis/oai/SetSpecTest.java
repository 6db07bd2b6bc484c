package org.opis.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.catalog.Harvest;

class SetSpecTest {
  @Test
  void writesATypeWithSpacesAndOtherScriptsInTheCharactersASetSpecAllows() {
    assertThat(SetSpec.ofType("record of conversation")).isEqualTo("type:record~20of~20conversation");
    assertThat(SetSpec.ofType("шифровка")).matches("type:(~[0-9a-f]{2})+");
    assertThat(SetSpec.ofCollection("iran-and-the-soviet-union")).isEqualTo("collection:iran-and-the-soviet-union");
  }

  @Test
  void readsBackWhatItWrites() {
    for (String term : new String[] {"record of conversation", "шифровка", "a~b", "memo (draft)", "x:y"}) {
      assertThat(SetSpec.read(SetSpec.ofType(term)).selection())
          .contains(new Harvest.Selection(Harvest.Selection.Kind.TYPE, Optional.of(term)));
    }
  }

  @Test
  void readsTheParentSetsAsAnyCollectionAndAnyType() {
    assertThat(SetSpec.read("collection").selection())
        .contains(new Harvest.Selection(Harvest.Selection.Kind.COLLECTION, Optional.empty()));
    assertThat(SetSpec.read("type").selection())
        .contains(new Harvest.Selection(Harvest.Selection.Kind.TYPE, Optional.empty()));
  }

  @Test
  void knowsNoSetOutsideItsTwoHierarchiesOrWithABrokenEscape() {
    assertThat(SetSpec.read("decade:1920").selection()).isEmpty();
    assertThat(SetSpec.read("type:a:b").selection()).isEmpty();
    assertThat(SetSpec.read("type:bad~z").selection()).isEmpty();
    assertThat(SetSpec.read("type:~ff").selection()).isEmpty();
  }

  @Test
  void refusesWhatIsNoSetSpecAsABadArgument() {
    assertThatThrownBy(() -> SetSpec.read("two words")).isInstanceOf(RefusedRequest.class)
        .hasMessage("\"two words\" is not a setSpec");
    assertThatThrownBy(() -> SetSpec.read("type:")).isInstanceOf(RefusedRequest.class);
  }
}
