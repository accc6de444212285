package tr.bel.kucukcekmece.kentsesi.assistant.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The municipal synonym list: one group per line, comma-separated ("nikah, evlendirme, evlilik");
 * '#' starts a comment. Words and phrases are compared folded (Turkish lower case, no diacritics),
 * so a question typed without Turkish letters matches. A question mentioning any member of a group
 * is expanded with the other members.
 */
public final class Synonyms {

  private final List<List<String>> groups;

  private Synonyms(List<List<String>> groups) {
    this.groups = groups;
  }

  public static Synonyms none() {
    return new Synonyms(List.of());
  }

  public static Synonyms parse(String text) {
    List<List<String>> groups = new ArrayList<>();
    for (String line : text.split("\\R")) {
      int hash = line.indexOf('#');
      String content = hash >= 0 ? line.substring(0, hash) : line;
      List<String> group = new ArrayList<>();
      for (String member : content.split("[,;]")) {
        String f = fold(member).trim().replaceAll("\\s+", " ");
        if (!f.isEmpty() && !group.contains(f)) {
          group.add(f);
        }
      }
      if (group.size() >= 2) {
        groups.add(List.copyOf(group));
      }
    }
    return new Synonyms(List.copyOf(groups));
  }

  public int size() {
    return groups.size();
  }

  /** The members of the groups the text mentions that the text itself does not contain (folded). */
  public List<String> expansions(String text) {
    String padded = " " + fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
    Set<String> out = new LinkedHashSet<>();
    for (List<String> group : groups) {
      boolean hit = false;
      for (String member : group) {
        if (matches(padded, member)) {
          hit = true;
          break;
        }
      }
      if (hit) {
        for (String member : group) {
          if (!matches(padded, member)) {
            out.add(member);
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * A member matches a whole word or phrase, or a word that starts with it (Turkish suffixes:
   * "nikahı").
   */
  private static boolean matches(String padded, String member) {
    int at = padded.indexOf(" " + member);
    while (at >= 0) {
      int end = at + 1 + member.length();
      if (end >= padded.length() || padded.charAt(end) == ' ' || member.length() >= 4) {
        return true;
      }
      at = padded.indexOf(" " + member, at + 1);
    }
    return false;
  }

  /** Turkish lower case and diacritics removed: "ÇÖP İşleri" → "cop isleri". */
  public static String fold(String s) {
    return tr.bel.kucukcekmece.kentsesi.core.search.TextAnalysis.fold(s);
  }
}
