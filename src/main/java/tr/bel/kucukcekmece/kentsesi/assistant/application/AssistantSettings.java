package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.core.config.Setting;
import tr.bel.kucukcekmece.kentsesi.core.config.SettingGroup;

/**
 * Configuration of the assistant: its knowledge directory, the confidence threshold and how many
 * questions the answer engine works on at once, and the answer engine's 22 weights ({@code
 * kentsesi.assistant.w.*}, {@link AnswerWeights}; set for the evaluation, a production start leaves
 * them alone).
 */
public final class AssistantSettings implements SettingGroup {

  /** The knowledge content the assistant indexes. */
  public static final Setting<Path> KNOWLEDGE_DIR = Setting.path("kentsesi.knowledge.dir", "index");

  /** Confidence below which the assistant says it does not know and offers the hand-off. */
  public static final Setting<Double> THRESHOLD =
      Setting.decimal("kentsesi.assistant.threshold", AnswerEngine.DEFAULT_THRESHOLD, 0, 1);

  /**
   * Questions answered by the engine at once (default: one more than the cores, which measured a
   * little better than one per core); the others wait in arrival order.
   */
  public static final Setting<Integer> CONCURRENCY =
      Setting.integer(
          "kentsesi.assistant.concurrency",
          () -> Runtime.getRuntime().availableProcessors() + 1,
          "the number of cores + 1",
          1,
          1024);

  /**
   * The answer engine's weights by name ({@code kentsesi.assistant.w.<name>}), each a number from
   * -100 to 100 with the measured default; checked at start with every other key, read once when
   * the knowledge base opens.
   */
  public static final Map<String, Setting<Double>> WEIGHTS = weights();

  private static Map<String, Setting<Double>> weights() {
    Map<String, Setting<Double>> weights = new LinkedHashMap<>();
    AnswerWeights.DEFAULTS.forEach(
        (name, value) ->
            weights.put(name, Setting.decimal(AnswerWeights.KEY_PREFIX + name, value, -100, 100)));
    return Collections.unmodifiableMap(weights);
  }

  @Override
  public List<Setting<?>> settings() {
    List<Setting<?>> settings = new ArrayList<>(SettingGroup.super.settings());
    settings.addAll(WEIGHTS.values());
    return settings;
  }

  /** For the registry ({@link java.util.ServiceLoader}); the settings themselves are static. */
  public AssistantSettings() {}
}
