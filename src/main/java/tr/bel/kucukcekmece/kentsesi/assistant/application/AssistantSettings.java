package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.nio.file.Path;
import tr.bel.kucukcekmece.kentsesi.core.config.Setting;
import tr.bel.kucukcekmece.kentsesi.core.config.SettingGroup;

/**
 * Configuration of the assistant: its knowledge directory, the confidence threshold and how many questions the
 * answer engine works on at once. (The answer engine's weights, {@code kentsesi.assistant.w.*}, are system
 * properties for the evaluation; {@code src/docs/configuration.md} lists them.)
 */
public final class AssistantSettings implements SettingGroup {

  /** The knowledge content the assistant indexes. */
  public static final Setting<Path> KNOWLEDGE_DIR = Setting.path("kentsesi.knowledge.dir", "index");
  /** Confidence below which the assistant says it does not know and offers the hand-off. */
  public static final Setting<Double> THRESHOLD =
      Setting.decimal("kentsesi.assistant.threshold", AnswerEngine.DEFAULT_THRESHOLD, 0, 1);
  /**
   * Questions answered by the engine at once (default: one more than the cores, which measured a little better than
   * one per core); the others wait in arrival order.
   */
  public static final Setting<Integer> CONCURRENCY = Setting.integer("kentsesi.assistant.concurrency",
      () -> Runtime.getRuntime().availableProcessors() + 1, "the number of cores + 1", 1, 1024);

  /** For the registry ({@link java.util.ServiceLoader}); the settings themselves are static. */
  public AssistantSettings() {}
}
