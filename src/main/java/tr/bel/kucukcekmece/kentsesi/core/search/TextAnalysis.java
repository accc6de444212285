package tr.bel.kucukcekmece.kentsesi.core.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * The analyzers every index uses, for indexing and for queries alike.
 *
 * <ul>
 *   <li>{@link #turkishStemmed()}: Turkish lower-casing (İ→i, I→ı), apostrophe suffixes dropped
 *       ("Küçükçekmece'de" → "küçükçekmece"), Turkish stop words, Snowball Turkish stemming, then
 *       diacritics folded so that "çöp", "ÇÖP" and "cop" meet.
 *   <li>{@link #turkishFolded()}: the same without the stemmer but cut to the first five letters —
 *       the robust "F5" stemming for Turkish, which also matches text typed without Turkish
 *       letters.
 *   <li>{@link #english()}: English possessives, stop words and Porter stemming, folded.
 * </ul>
 */
public final class TextAnalysis {

  private static final CharArraySet TURKISH_STOP = TurkishAnalyzer.getDefaultStopSet();
  private static final CharArraySet TURKISH_STOP_FOLDED = folded(TURKISH_STOP);

  private TextAnalysis() {}

  public static Analyzer turkishStemmed() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new ApostropheFilter(source);
        s = new TurkishLowerCaseFilter(s);
        s = new StopFilter(s, TURKISH_STOP);
        s = new SnowballFilter(s, new TurkishStemmer());
        s = new ASCIIFoldingFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new TurkishLowerCaseFilter(in));
      }
    };
  }

  public static Analyzer turkishFolded() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new ApostropheFilter(source);
        s = new TurkishLowerCaseFilter(s);
        s = new ASCIIFoldingFilter(s);
        s = new StopFilter(s, TURKISH_STOP_FOLDED);
        s = new TruncateTokenFilter(s, 5);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new TurkishLowerCaseFilter(in));
      }
    };
  }

  public static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new EnglishPossessiveFilter(source);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        s = new PorterStemFilter(s);
        s = new ASCIIFoldingFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  private static final java.util.Locale TURKISH = java.util.Locale.forLanguageTag("tr");

  /**
   * Turkish lower case with Turkish letters and common accents folded to ASCII ("ÇÖP İşleri" → "cop
   * isleri"); other characters are kept. For comparing short texts outside Lucene (synonyms, word
   * lists, duplicates).
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String lower = text.toLowerCase(TURKISH);
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'ç' -> b.append('c');
        case 'ğ' -> b.append('g');
        case 'ı' -> b.append('i');
        case 'ö' -> b.append('o');
        case 'ş' -> b.append('s');
        case 'ü' -> b.append('u');
        case 'â', 'à', 'á', 'ä' -> b.append('a');
        case 'î', 'ì', 'í', 'ï' -> b.append('i');
        case 'û', 'ù', 'ú' -> b.append('u');
        case 'é', 'è', 'ê', 'ë' -> b.append('e');
        case 'ô', 'ò', 'ó' -> b.append('o');
        case '\u0307' -> {} // the dot İ leaves behind in lower case
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The terms an analyzer makes of a text (for queries and tests). */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text == null ? "" : text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static CharArraySet folded(CharArraySet words) {
    CharArraySet out = new CharArraySet(words.size(), false);
    for (Object w : words) {
      String word = new String((char[]) w);
      char[] in = word.toCharArray();
      char[] buf = new char[in.length * 4];
      int len = ASCIIFoldingFilter.foldToASCII(in, 0, buf, 0, in.length);
      out.add(new String(buf, 0, len));
    }
    return out;
  }
}
