package tr.bel.kucukcekmece.kentsesi.proposals.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void markupIsEscapedAndLineBreaksAndLinksKept() {
    assertEquals(
        "<p>a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;<br>line</p><p>second</p>",
        SafeText.toHtml("a <b> & \"c\" 'd'\nline\n\nsecond"));
    assertEquals(
        "<p>see <a href=\"https://example.org/x?a=1&amp;b=2\" rel=\"nofollow ugc noopener noreferrer\">"
            + "https://example.org/x?a=1&amp;b=2</a>.</p>",
        SafeText.toHtml("see https://example.org/x?a=1&b=2."));
  }

  @Test
  void onlyHttpLinksBecomeLinks() {
    assertEquals(
        "<p>javascript:alert(1) &lt;a href=&quot;x&quot;&gt;</p>",
        SafeText.toHtml("javascript:alert(1) <a href=\"x\">"));
    assertEquals("", SafeText.toHtml("  "));
  }
}
