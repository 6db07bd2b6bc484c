package org.opis.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opis.reference.ArchivalReference;
import org.opis.reference.ReferenceParser;

/**
 * Archival references for synthetic documents, written as historians cite the archives where
 * such papers are kept: the Russian fond-opis-delo-list convention ("RGASPI, f. 558, op. 11,
 * d. 317, ll. 12-15"), the US National Archives' record groups and file numbers ("RG 59,
 * Central Decimal File 1950-1954, Box 733, 788.00/5-1253"), the UK National Archives'
 * department, series and piece ("TNA FO 371/104566"), and a few others. The archive follows
 * the writer's country and the document's year; the numbers are invented. The structure is left
 * to {@link ReferenceParser}, as for any imported reference.
 */
final class Shelfmarks {
  // RGASPI fonds: number, opis, the years of their papers, and the country they concern ("*": any)
  private static final String[][] RGASPI = {
    {"558", "11", "1918", "1953", "*"}, {"17", "3", "1919", "1952", "*"}, {"17", "162", "1923", "1952", "*"},
    {"495", "154", "1919", "1943", "*"}, {"5", "1", "1918", "1924", "*"}, {"82", "2", "1921", "1957", "*"},
    {"85", "1s", "1918", "1937", "*"}, {"514", "1", "1920", "1937", "cn"}, {"17", "137", "1966", "1991", "*"},
  };
  // the FO 371 piece numbers reached in some years, to place a year's pieces between them
  private static final int[][] FO_371 = {
    {1906, 100}, {1914, 2000}, {1920, 4000}, {1925, 10000}, {1930, 14000}, {1935, 19000}, {1939, 23000},
    {1945, 47000}, {1950, 84000}, {1953, 104000}, {1955, 116000}, {1960, 150000}, {1966, 188000},
  };

  private final Chance chance;
  private final Pool pool;

  Shelfmarks(Chance chance, Pool pool) {
    this.chance = chance;
    this.pool = pool;
  }

  /** Where a document written in {@code home} on {@code subject} on {@code day} is kept. */
  ArchivalReference draw(Country home, Country subject, LocalDate day) {
    return ReferenceParser.parse(written(home, subject, day));
  }

  String written(Country home, Country subject, LocalDate day) {
    int year = day.getYear();
    switch (home.code()) {
      case "ru":
        return russian(year, subject);
      case "us":
        return american(subject, day);
      case "gb":
        return british(subject, year);
      case "de":
        return year < 1945 ? "PA AA, R " + chance.between(10000, 110000)
            : chance.of(0.7) ? "PA AA, B " + pick("12", "41", "130", "150") + ", Bd. " + chance.between(1, 2000)
            : "BArch, B 136/" + chance.between(1000, 40000);
      case "dd":
        return pick("SAPMO-BArch, DY 30/J IV 2/2/" + chance.between(1, 1400),
            "PA AA, MfAA, A " + chance.between(1, 20000), "BStU, MfS, ZAIG " + chance.between(1, 9000));
      case "fr":
        return french(subject, year);
      case "ir":
        return year >= 1925 ? iranian(day) : chance.of(0.5) ? "TNA FO 248/" + chance.between(900, 1300) : russian(year, home);
      case "cn":
        if (year >= 1949 && year <= 1966) {
          return String.format("PRC FMA %s-%05d-%02d", pick("109", "105", "106", "110", "111", "117"),
              chance.between(1, 4000), chance.between(1, 12));
        }
        return year < 1949 && chance.of(0.5)
            ? String.format("Academia Historica, 002-%06d-%05d-%03d", chance.between(10000, 99999),
                chance.between(1, 500), chance.between(1, 60))
            : russian(year, home);
      case "cu":
        return chance.of(0.5) ? "MINREX Archive, Havana, " + pick("URSS", "Estados Unidos", "Checoslovaquia")
            + ", Ordinario, " + year : russian(year, home);
      case "pl":
        int page = chance.between(1, 300);
        return "AAN, KC PZPR, " + pick("XI A", "V", "XIA") + "/" + chance.between(1, 1500) + ", k. " + page + "-"
            + (page + chance.between(1, 12));
      case "hu":
        return "MNL OL, XIX-J-1-j, " + year + ", " + chance.between(1, 150) + ". doboz";
      case "cs":
        return "NA, A ÚV KSČ, f. 02/1, sv. " + chance.between(1, 150) + ", a.j. " + chance.between(1, 250);
      default: // Vietnam, Korea, Turkey, Yugoslavia: copies kept in Soviet archives
        return russian(year, home);
    }
  }

  private String russian(int year, Country subject) {
    String repository;
    String fond;
    String opis;
    String papka = null;
    double r = chance.fraction();
    if (year < 1918) {
      repository = "AVPRI";
      fond = pick("144", "133", "143", "138", "151");
      opis = pick("488", "470", "491", "475");
    } else if (r < 0.4) {
      List<String[]> fonds = new ArrayList<>();
      for (String[] f : RGASPI) {
        if (year >= Integer.parseInt(f[2]) && year <= Integer.parseInt(f[3])
            && (f[4].equals("*") || f[4].equals(subject.code()))) {
          fonds.add(f);
        }
      }
      String[] f = fonds.isEmpty() ? RGASPI[1] : chance.pick(fonds);
      repository = "RGASPI";
      fond = f[0];
      opis = f[1];
    } else if (r < 0.75 || year < 1952) {
      repository = "AVP RF";
      fond = pick("06", "07", "0100", "094", "0129", "059");
      opis = String.valueOf(chance.between(1, 60));
      papka = String.valueOf(chance.between(1, 400));
    } else if (r < 0.9) {
      repository = "RGANI";
      fond = pick("3", "5", "89");
      opis = String.valueOf(chance.between(1, 80));
    } else {
      repository = "GARF";
      fond = pick("R-5446", "R-9401", "R-8581");
      opis = pick("1", "1a", "2");
    }
    String delo = String.valueOf(chance.between(1, 1500));
    int first = chance.between(1, 250);
    int last = first + chance.between(1, 14);
    double style = chance.fraction();
    double leaves = chance.fraction();
    if (style < 0.12) {
      String listy = leaves < 0.3 ? "list " + first : "listy " + first + "-" + last;
      return repository + ", fond " + fond + ", opis " + opis + (papka == null ? "" : ", papka " + papka)
          + ", delo " + delo + ", " + listy;
    }
    String ll = leaves < 0.3 ? "l. " + first + (chance.of(0.15) ? " ob." : "")
        : leaves < 0.85 ? "ll. " + first + "-" + last : String.format("ll. %04d-%04d", first, last);
    String comma = style < 0.9 ? ", " : " ";
    return repository + comma + "f. " + fond + comma + "op. " + opis + (papka == null ? "" : comma + "p. " + papka)
        + comma + "d. " + delo + comma + ll;
  }

  private String american(Country subject, LocalDate day) {
    int year = day.getYear();
    String nara = chance.of(0.2) ? "NARA, RG 59, " : "RG 59, ";
    if (year < 1906) {
      return nara + "Despatches from U.S. Ministers to " + subject.name() + ", Vol. " + chance.between(20, 80);
    } else if (year < 1910) {
      return nara + "Numerical and Minor Files 1906-1910, Case " + chance.between(100, 25000) + "/" + chance.between(1, 120);
    } else if (year >= 1961 && year <= 1963 && chance.of(0.25)) {
      return "John F. Kennedy Presidential Library, National Security Files, Countries, Box " + chance.between(1, 200);
    } else if (year < 1963) {
      String file = String.format("%s.00/%d-%02d%02d", subject.decimal(year), day.getMonthValue(), day.getDayOfMonth(),
          year % 100);
      return nara + "Central Decimal File " + period(year, 1910, 1930, 1940, 1945, 1950, 1955, 1960, 1964) + ", Box "
          + chance.between(1, 6000) + ", " + file;
    } else if (year <= 1973) {
      return nara + "Subject-Numeric Files " + period(year, 1963, 1964, 1967, 1970, 1974) + ", Box "
          + chance.between(1000, 3000) + ", " + pick("POL 1", "POL 2", "POL 7", "POL 15-1", "POL 17", "POL 27", "DEF 1",
          "DEF 12-5", "E 1", "ORG 7") + " " + subject.tag();
    } else if (year <= 1979) {
      String city = pool.place(subject.capital(year)).spellings().get(0).text().toUpperCase(Locale.ROOT)
          .replaceAll("[^A-Z]", "");
      String telegram = chance.of(0.5) ? String.format("%dSTATE%06d", year, chance.between(1, 299999))
          : String.format("%d%s%05d", year, city, chance.between(1, 20000));
      return nara + "Central Foreign Policy Files 1973-1979, Electronic Telegrams, " + telegram;
    } else if (chance.of(0.4)) {
      return nara + "Executive Secretariat, Box " + chance.between(1, 400);
    }
    String library = year < 1981 ? "Jimmy Carter Presidential Library, National Security Affairs, Brzezinski Material,"
        + " Country File" : year < 1989 ? "Ronald Reagan Presidential Library, Executive Secretariat, NSC: Country File"
        : "George H. W. Bush Presidential Library, NSC Files";
    return library + ", Box " + chance.between(1, 120);
  }

  // "1950-1954": the span of a file series, given the first years of consecutive series
  private static String period(int year, int... starts) {
    for (int i = starts.length - 2; i >= 0; i--) {
      if (year >= starts[i]) {
        int end = starts[i + 1] - 1;
        return end == starts[i] ? String.valueOf(end) : starts[i] + "-" + end;
      }
    }
    return starts[0] + "-" + (starts[1] - 1);
  }

  private String british(Country subject, int year) {
    double r = chance.fraction();
    String tna = r < 0.7 ? "TNA " : r < 0.8 ? "TNA, " : r < 0.9 ? "The National Archives, Kew, " : "PRO ";
    String piece;
    if (year < 1906) {
      piece = "FO " + oldSeries(subject) + "/" + chance.between(1500, 1800);
    } else if (subject.code().equals("ir") && year <= 1950 && chance.of(0.3)) {
      piece = "FO 248/" + chance.between(900, 1500);
    } else if (year >= 1945 && year <= 1978 && chance.of(0.1)) {
      piece = "CAB 128/" + chance.between(1, 60);
    } else if (year >= 1951 && year <= 1964 && chance.of(0.1)) {
      piece = "PREM 11/" + chance.between(1, 5200);
    } else if (year >= 1979 && chance.of(0.15)) {
      piece = "PREM 19/" + chance.between(1, 3200);
    } else if (year <= 1966) {
      piece = "FO 371/" + fo371(year);
    } else {
      piece = "FCO " + fcoSeries(subject) + "/" + chance.between(1, 6000);
    }
    return tna + piece;
  }

  private int fo371(int year) {
    for (int i = 1; i < FO_371.length; i++) {
      if (year <= FO_371[i][0]) {
        int[] a = FO_371[i - 1];
        int[] b = FO_371[i];
        double at = (year - a[0] + chance.fraction()) / (b[0] - a[0]);
        return (int) Math.max(1, a[1] + at * (b[1] - a[1]));
      }
    }
    return FO_371[FO_371.length - 1][1];
  }

  // the Foreign Office's correspondence series by country, before FO 371 began in 1906
  private static String oldSeries(Country subject) {
    switch (subject.code()) {
      case "ru": return "65";
      case "ir": return "60";
      case "cn": return "17";
      case "de": return "64";
      case "fr": return "27";
      case "tr": return "78";
      default: return "5";
    }
  }

  // the Foreign and Commonwealth Office department series by region, from 1967
  private static String fcoSeries(Country subject) {
    switch (subject.code()) {
      case "ru": case "pl": case "hu": case "cs": case "dd": case "yu": return "28";
      case "ir": return "17";
      case "cn": case "kp": return "21";
      case "vn": return "15";
      case "us": case "cu": return "7";
      default: return "33";
    }
  }

  private String french(Country subject, int year) {
    boolean asia = subject.code().equals("cn") || subject.code().equals("vn") || subject.code().equals("kp");
    String series;
    if (year < 1918) {
      series = "Correspondance politique et commerciale, Nouvelle série";
    } else if (year < 1940) {
      series = asia ? "Asie 1918-1940" : "Europe 1918-1940";
    } else if (year < 1961) {
      series = asia ? "Asie-Océanie 1944-1955" : "Europe 1944-1960";
    } else {
      series = asia ? "Asie-Océanie 1956-1967" : "Europe 1961-1970";
    }
    return "AMAE, " + series + ", " + frenchName(subject, year) + ", vol. " + chance.between(1, 400);
  }

  private static String frenchName(Country subject, int year) {
    switch (subject.code()) {
      case "ru": return year < 1922 ? "Russie" : "URSS";
      case "us": return "États-Unis";
      case "gb": return "Grande-Bretagne";
      case "de": return "Allemagne";
      case "dd": return "RDA";
      case "ir": return year < 1935 ? "Perse" : "Iran";
      case "cn": return "Chine";
      case "vn": return "Viêt-Nam";
      case "kp": return "Corée";
      case "tr": return "Turquie";
      case "pl": return "Pologne";
      case "hu": return "Hongrie";
      case "cs": return "Tchécoslovaquie";
      case "yu": return "Yougoslavie";
      default: return subject.name();
    }
  }

  // the Iranian Foreign Ministry files by the Solar Hijri year, which begins on about 21 March
  private String iranian(LocalDate day) {
    int shamsi = day.getYear() - (day.getDayOfYear() >= 80 ? 621 : 622);
    String archive = chance.of(0.7) ? "IFMA" : "Iranian Foreign Ministry Archive";
    return archive + ", " + shamsi + " SH, Carton " + chance.between(1, 120) + ", File " + chance.between(1, 60);
  }

  private String pick(String... choices) {
    return choices[chance.below(choices.length)];
  }
}
