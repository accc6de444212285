package tr.bel.kucukcekmece.kentsesi.assistant.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits passage text into sentences. A sentence ends at '.', '!' or '?' (or a line break) followed
 * by a capital letter, a digit, a quote or the end; not after common abbreviations, single
 * initials, or a one- or two-digit number ("1. Dünya Savaşı", Turkish ordinals). A full stop glued
 * to the next sentence ("öldü.1281 yılında") also ends one.
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "mt", "jr", "sr", "vs", "etc", "e.g", "i.e", "no",
          "nos", "vol", "fig", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec", "gen", "col", "lt", "sgt", "capt", "gov",
          "rev", "sen", "rep", "u.s", "a.ş", "sok", "cad", "mah", "bkz", "vb", "vd", "yy", "örn",
          "doç", "yrd", "av", "tel", "s", "c", "ca", "op", "al", "approx");

  private SentenceSplitter() {}

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(out, text.substring(start, i));
        start = i + 1;
        continue;
      }
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int j = i + 1;
      while (j < n
          && (text.charAt(j) == '.'
              || text.charAt(j) == '"'
              || text.charAt(j) == '\''
              || text.charAt(j) == ')'
              || text.charAt(j) == '”'
              || text.charAt(j) == '’'
              || text.charAt(j) == '»')) {
        j++;
      }
      if (j >= n) {
        break;
      }
      boolean space = Character.isWhitespace(text.charAt(j));
      int k = j;
      while (k < n && text.charAt(k) == ' ') {
        k++;
      }
      if (k >= n) {
        break;
      }
      char next = text.charAt(k);
      boolean startsSentence =
          Character.isUpperCase(next)
              || Character.isDigit(next)
              || next == '"'
              || next == '“'
              || next == '\''
              || next == '('
              || next == '«'
              || next == '‘'
              || next == '\n';
      if (!startsSentence) {
        continue;
      }
      if (c == '.') {
        String word = wordBefore(text, i);
        if (!space) {
          // glued: only when a word (not a number or an initialism like U.S.) precedes and a
          // letter/digit follows
          if (word.length() < 3
              || !Character.isLetter(word.charAt(word.length() - 1))
              || word.contains(".")) {
            continue;
          }
        } else {
          String lower = word.toLowerCase();
          if (ABBREVIATIONS.contains(lower)
              || word.length() == 1 && Character.isLetter(word.charAt(0))) {
            continue;
          }
          if (!word.isEmpty() && word.length() <= 2 && word.chars().allMatch(Character::isDigit)) {
            continue;
          }
          if (word.matches("[IVXLC]{1,5}")
              && Character.isUpperCase(next)
              && word.length() <= 4
              && isRoman(word)) {
            continue;
          }
        }
      }
      add(out, text.substring(start, j));
      start = k;
      i = k - 1;
    }
    add(out, text.substring(Math.min(start, n)));
    return out;
  }

  private static boolean isRoman(String w) {
    return w.length() >= 2;
  }

  private static String wordBefore(String text, int dot) {
    int b = dot;
    while (b > 0 && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(') {
      b--;
    }
    return text.substring(b, dot);
  }

  private static void add(List<String> out, String s) {
    String t = s.trim();
    if (!t.isEmpty()) {
      out.add(t);
    }
  }
}
