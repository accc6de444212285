package tr.bel.kucukcekmece.kentsesi.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON edge's limits: each hostile body is a 400 naming the field, never a parser failure. */
class StrictJsonReaderTest {

  public record Inner(String text, Integer count) {}

  public record Request(
      String comment,
      Integer rating,
      Double share,
      LocalDate due,
      List<String> tags,
      Inner inner) {}

  private static Record read(String json) throws Exception {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Record> type = (Class) Request.class;
    return new StrictJsonReader()
        .readFrom(
            type,
            Request.class,
            new Annotation[0],
            null,
            null,
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static ApiException.FieldIssue refused(String json) {
    ApiException e = assertThrows(ApiException.class, () -> read(json));
    assertEquals(400, e.status());
    assertEquals(1, e.fields().size(), e.fields().toString());
    return e.fields().get(0);
  }

  @Test
  void deepNestingIsAFieldErrorOnTheBody() {
    ApiException.FieldIssue issue = refused("[".repeat(10_000) + "]".repeat(10_000));
    assertEquals("body", issue.field());
    assertEquals("validation.jsonDepth", issue.key());
    issue = refused("{\"inner\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_001));
    assertEquals("body", issue.field());
  }

  @Test
  void nestingUpToTheLimitIsLeftToTheParser() throws Exception {
    // 32 levels are allowed: the body, then 31 more; the reader then names the unknown field
    // instead
    String json =
        "{\"inner\":"
            + "[".repeat(StrictJsonReader.MAX_DEPTH - 1)
            + "]".repeat(StrictJsonReader.MAX_DEPTH - 1)
            + "}";
    assertEquals("validation.wrongType", refused(json).key());
  }

  @Test
  void aFiveThousandDigitRatingIsAFieldErrorOnRating() {
    ApiException.FieldIssue issue =
        refused("{\"comment\":\"1234567890\",\"rating\":" + "9".repeat(5000) + "}");
    assertEquals("rating", issue.field());
    assertEquals("validation.numberTooLong", issue.key());
  }

  @Test
  void hugeExponentsAndNestedNumbersNameTheirField() {
    assertEquals("share", refused("{\"share\":1e999999999}").field());
    assertEquals(
        "inner.count",
        refused("{\"inner\":{\"text\":\"a,b\",\"count\":" + "1".repeat(30) + "}}").field());
    assertEquals("tags[2]", refused("{\"tags\":[\"a\",\"b\"," + "1".repeat(30) + "]}").field());
  }

  @Test
  void anIntegerOutOfItsTypesRangeIsANumberRangeError() {
    ApiException.FieldIssue issue = refused("{\"rating\":99999999999}");
    assertEquals("rating", issue.field());
    assertEquals("validation.numberRange", issue.key());
  }

  @Test
  void controlCharactersInStringsAreRefusedButTabsAndLineBreaksAreKept() throws Exception {
    ApiException.FieldIssue issue = refused("{\"comment\":\"a\\u0000b\"}");
    assertEquals("comment", issue.field());
    assertEquals("validation.controlCharacters", issue.key());
    assertEquals("tags[0]", refused("{\"tags\":[\"\\u001b[31m\"]}").field());
    assertEquals("inner.text", refused("{\"inner\":{\"text\":\"\\u0007\"}}").field());
    Request ok = (Request) read("{\"comment\":\"line one\\r\\nline\\ttwo\\n\"}");
    assertEquals("line one\r\nline\ttwo\n", ok.comment());
  }

  @Test
  void datesOutsideTheWindowAreRefused() throws Exception {
    ApiException.FieldIssue issue = refused("{\"due\":\"+999999999-12-31\"}");
    assertEquals("due", issue.field());
    assertEquals("validation.dateRange", issue.key());
    assertEquals("validation.dateRange", refused("{\"due\":\"1999-12-31\"}").key());
    assertEquals(LocalDate.of(2100, 12, 31), ((Request) read("{\"due\":\"2100-12-31\"}")).due());
  }

  @Test
  void ordinaryBodiesStillBind() throws Exception {
    Request r =
        (Request)
            read(
                "{\"comment\":\"Çöp \\\"toplanmadı\\\" {[1]}\",\"rating\":5,\"share\":-1.5e3,"
                    + "\"tags\":[\"x\"],\"inner\":{\"text\":\"t\",\"count\":-12}}");
    assertEquals("Çöp \"toplanmadı\" {[1]}", r.comment());
    assertEquals(5, r.rating());
    assertEquals(-1500.0, r.share());
    assertEquals(-12, r.inner().count());
  }
}
