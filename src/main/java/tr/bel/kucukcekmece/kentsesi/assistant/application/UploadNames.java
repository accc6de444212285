package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;

/**
 * The file name an editor gives with an upload, accepted only when plain: it is normalised to
 * Unicode NFC and then refused (a field error on {@code filename}) if it has control characters
 * (NUL included), a path separator, a leading dot, more than {@link #MAX_LENGTH} characters, or an
 * extension other than the importable ones.
 */
public final class UploadNames {

  public static final int MAX_LENGTH = 200;
  public static final List<String> EXTENSIONS =
      List.of(".md", ".markdown", ".txt", ".html", ".htm", ".pdf");

  private UploadNames() {}

  /** The normalised name, or an {@link ApiException} naming {@code filename}. */
  public static String plain(String raw) {
    if (raw == null || raw.isBlank()) {
      throw ApiException.invalid("filename", "knowledge.upload.filenameRequired");
    }
    String name = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    boolean plain =
        !name.isEmpty()
            && name.codePointCount(0, name.length()) <= MAX_LENGTH
            && !name.startsWith(".")
            && name.codePoints().allMatch(UploadNames::plainCharacter);
    if (!plain) {
      throw ApiException.invalid("filename", "validation.fileName", String.valueOf(MAX_LENGTH));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
      throw ApiException.withField(
          415,
          "knowledge.upload.unsupported",
          "filename",
          "validation.fileName",
          String.valueOf(MAX_LENGTH));
    }
    return name;
  }

  /**
   * Not a control, format (bidi overrides, zero-width), separator other than space, lone surrogate
   * or path char.
   */
  private static boolean plainCharacter(int cp) {
    int type = Character.getType(cp);
    return cp != '/'
        && cp != '\\'
        && cp != ':'
        && type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }
}
