package tr.bel.kucukcekmece.kentsesi.assistant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.LanguageDetector;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.PersonalDataMask;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.Synonyms;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.catalog.Department;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicService;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.ServiceSuggestions;
import tr.bel.kucukcekmece.kentsesi.feedback.TrackingCode;
import tr.bel.kucukcekmece.kentsesi.feedback.TrackingLookup;

/**
 * The assistant as residents meet it: a conversation, live answers where the portal's own data is
 * the better source (a tracking code's status; a department's services and response times from the
 * catalog), otherwise the answer engine over the knowledge index; a hand-off to a prefilled request
 * when it does not know; and the question log (personal data masked).
 *
 * <p>Longer than the ~400 lines we aim for: the live answers and the conversation state stay with
 * the request flow they interrupt; the answer engine itself is split into its own classes ({@link
 * AnswerEngine}).
 */
@ApplicationScoped
public class AssistantService {

  public static final int MAX_QUESTION = 1000;
  private static final int MAX_CONVERSATIONS = 50_000;
  private static final long CONVERSATION_TTL_NANOS = 30L * 60 * 1_000_000_000L;
  private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9-]{8,40}");
  private static final Pattern TRACKING = TrackingCode.IN_TEXT;
  private static final Pattern STATUS_QUESTION =
      Pattern.compile(
          "(basvuru|talep|sikayet|dilekce|request|complaint|application|submission|takip).{0,40}"
              + "(durum|nerede|ne oldu|ne asamada|sonuc|status|where|what happened|progress)|"
              + "(durum|status|where is).{0,30}(basvuru|talep|sikayet|request|complaint|application)");
  private static final Pattern CATALOG_QUESTION =
      Pattern.compile(
          "(hizmet|service|yanit sure|cevap sure|kac gunde|ne kadar surede|response time|how long|how many days|"
              + "standard|standart|neler yapar|what does|ne is yapar|gorev)");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
  private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");
  private static final Set<String> GENERIC_NAME_WORDS =
      Set.of(
          "mudurlugu",
          "mudurluk",
          "isleri",
          "hizmetleri",
          "baskanligi",
          "birimi",
          "ve",
          "directorate",
          "department",
          "of",
          "and",
          "affairs",
          "services",
          "the",
          "office",
          "unit");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter DATE_TR = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter DATE_EN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** The reply, ready for the API. */
  public record Reply(
      String conversationId,
      long answerId,
      String language,
      boolean answered,
      String answer,
      double confidence,
      List<AnswerEngine.Citation> citations,
      List<AnswerEngine.Citation> suggestions,
      Handoff handoff,
      String live) {}

  /** A prefilled request in the feedback flow. */
  public record Handoff(String url, String serviceCode, String departmentCode) {}

  private record Conversation(AnswerEngine.Topic topic, long seenAt) {}

  @Inject KnowledgeService knowledge;

  @Inject QuestionLog log;

  @Inject TrackingLookup feedback;

  @Inject ServiceSuggestions suggester;

  @Inject Catalog catalog;

  private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();

  /**
   * Questions answered by the engine at once ({@link AssistantSettings#CONCURRENCY}); the others
   * wait in order.
   */
  private final Semaphore engineSlots = new Semaphore(AssistantSettings.CONCURRENCY.get(), true);

  /**
   * Validates a question: required, at most 1,000 characters, text (letters or digits, no control
   * characters).
   */
  public static void validate(String question, String language, String conversationId) {
    ApiException.Collector errors = new ApiException.Collector();
    if (question == null || question.isBlank()) {
      errors.add("question", "assistant.question.required");
    } else if (question.length() > MAX_QUESTION) {
      errors.add("question", "assistant.question.tooLong", MAX_QUESTION);
    } else if (CONTROL.matcher(question).find() || !HAS_WORD.matcher(question).find()) {
      errors.add("question", "assistant.question.notText");
    }
    if (language != null && !language.equals("tr") && !language.equals("en")) {
      errors.add("language", "assistant.language.invalid");
    }
    if (conversationId != null && !CONVERSATION_ID.matcher(conversationId).matches()) {
      errors.add("conversationId", "assistant.conversation.invalid");
    }
    errors.throwIfAny();
  }

  /**
   * Answers a question. {@code language} is the one the resident chose (or null: detected from the
   * question, {@code callerLanguage} — the request's Accept-Language — when the question gives no
   * sign, e.g. a bare code).
   */
  public Reply ask(String question, String language, String conversationId, String callerLanguage) {
    validate(question, language, conversationId);
    String q = question.strip();
    if (language == null) {
      language =
          LanguageDetector.detect(
              TRACKING.matcher(q).replaceAll(" "), "en".equals(callerLanguage) ? "en" : "tr");
    }
    String id = conversationId != null ? conversationId : newConversationId();
    long now = System.nanoTime();
    Conversation previous = conversations.get(id);
    AnswerEngine.Topic topic =
        previous != null && now - previous.seenAt() < CONVERSATION_TTL_NANOS
            ? previous.topic()
            : null;

    Reply reply = live(q, language, id);
    if (reply == null) {
      AnswerEngine.Result result;
      Handoff handoff;
      // the engine's work is CPU only: a few at a time, in arrival order, so that under load every
      // question waits
      // about as long as the others instead of all of them sharing the cores at once
      engineSlots.acquireUninterruptibly();
      try {
        result = knowledge.base().engine().ask(q, language, topic);
        handoff = result.answered() ? null : handoff(q, result.lang());
      } finally {
        engineSlots.release();
      }
      List<AnswerEngine.Citation> suggestions = result.answered() ? List.of() : result.closest();
      reply =
          new Reply(
              id,
              0,
              result.lang(),
              result.answered(),
              result.answer(),
              result.confidence(),
              result.answered() ? result.citations() : List.of(),
              suggestions,
              handoff,
              null);
      remember(id, result.topic(), now);
    }
    long answerId = log.nextId();
    String masked = PersonalDataMask.mask(q);
    log.add(
        new QuestionLog.Entry(
            answerId,
            id,
            Times.nowUtc(),
            reply.language(),
            masked,
            topicKey(masked),
            reply.answered(),
            reply.live() != null ? PersonalDataMask.mask(reply.answer()) : reply.answer(),
            reply.confidence(),
            reply.citations().isEmpty() ? null : reply.citations().get(0).documentId(),
            reply.live()));
    return new Reply(
        reply.conversationId(),
        answerId,
        reply.language(),
        reply.answered(),
        reply.answer(),
        reply.confidence(),
        reply.citations(),
        reply.suggestions(),
        reply.handoff(),
        reply.live());
  }

  public QuestionLog.Rated rate(long answerId, boolean helpful, String comment) {
    return log.rate(
        answerId,
        helpful,
        comment == null ? null : PersonalDataMask.mask(comment.strip()),
        Times.nowUtc());
  }

  /**
   * Live data: a tracking code's status, "where is my request" without one, a department's
   * services.
   */
  private Reply live(String q, String language, String conversationId) {
    String lang = language;
    Locale locale = "en".equals(lang) ? Messages.ENGLISH : Messages.TURKISH;
    Matcher code = TRACKING.matcher(q);
    if (code.find()) {
      String typed = code.group();
      String answer;
      boolean found;
      try {
        TrackingLookup.TrackedStatus t = feedback.status(typed);
        String status = Messages.get(locale, "status." + t.status().name());
        String due = t.dueDate().format("en".equals(lang) ? DATE_EN : DATE_TR);
        answer = Messages.get(locale, "assistant.live.tracking", t.trackingCode(), status, due);
        found = true;
      } catch (ApiException e) {
        answer =
            Messages.get(
                locale,
                "tracking-mistyped".equals(e.code())
                    ? "assistant.live.trackingMistyped"
                    : "assistant.live.trackingUnknown",
                typed.toUpperCase(Locale.ROOT));
        found = false;
      }
      AnswerEngine.Citation c =
          new AnswerEngine.Citation(
              "tracking",
              "tracking#0",
              Messages.get(locale, "assistant.live.trackingTitle"),
              Messages.get(locale, "assistant.live.trackingTitle"),
              "/track.html"
                  + (found
                      ? "?code="
                          + URLEncoder.encode(
                              typed.toUpperCase(Locale.ROOT), StandardCharsets.UTF_8)
                      : ""),
              lang,
              null,
              answer,
              1);
      return new Reply(
          conversationId,
          0,
          lang,
          true,
          answer,
          found ? 1.0 : 0.9,
          List.of(c),
          List.of(),
          null,
          "tracking");
    }
    String folded = Synonyms.fold(q);
    if (STATUS_QUESTION.matcher(folded).find()) {
      String answer = Messages.get(locale, "assistant.live.trackingAsk");
      AnswerEngine.Citation c =
          new AnswerEngine.Citation(
              "tracking",
              "tracking#0",
              Messages.get(locale, "assistant.live.trackingTitle"),
              Messages.get(locale, "assistant.live.trackingTitle"),
              "/track.html",
              lang,
              null,
              answer,
              1);
      return new Reply(
          conversationId, 0, lang, true, answer, 0.9, List.of(c), List.of(), null, "tracking");
    }
    if (CATALOG_QUESTION.matcher(folded).find()) {
      Optional<Department> dept = department(folded);
      if (dept.isPresent()) {
        return catalogReply(dept.get(), lang, locale, conversationId);
      }
    }
    return null;
  }

  private Reply catalogReply(Department d, String lang, Locale locale, String conversationId) {
    CatalogSnapshot snapshot = catalog.snapshot();
    boolean en = "en".equals(lang);
    String name = en ? d.nameEn() : d.nameTr();
    StringBuilder list = new StringBuilder();
    for (PublicService s : snapshot.services(d.code())) {
      if (list.length() > 0) {
        list.append("; ");
      }
      list.append(en ? s.nameEn() : s.nameTr())
          .append(" (")
          .append(
              Messages.get(
                  locale,
                  s.workingDays() ? "assistant.live.workingDays" : "assistant.live.days",
                  s.responseDays()))
          .append(')');
    }
    String full = Messages.get(locale, "assistant.live.catalog", name, list.toString());
    String answer =
        full.length() <= AnswerEngine.MAX_ANSWER_CHARS
            ? full
            : full.substring(0, full.lastIndexOf(';', AnswerEngine.MAX_ANSWER_CHARS - 2)) + "; …";
    AnswerEngine.Citation c =
        new AnswerEngine.Citation(
            "catalog:" + d.code(),
            "catalog:" + d.code() + "#0",
            Messages.get(locale, "assistant.live.catalogTitle"),
            name,
            "/#department-" + URLEncoder.encode(d.code(), StandardCharsets.UTF_8),
            lang,
            d.code(),
            full,
            1);
    return new Reply(
        conversationId, 0, lang, true, answer, 0.95, List.of(c), List.of(), null, "catalog");
  }

  /** The department the question names, by the distinctive words of its Turkish or English name. */
  Optional<Department> department(String foldedQuestion) {
    TreeSet<String> words = new TreeSet<>();
    for (String w : foldedQuestion.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3) {
        words.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    Department best = null;
    int bestHits = 0;
    for (Department d : catalog.snapshot().departments()) {
      for (String name : List.of(d.nameTr(), d.nameEn())) {
        List<String> distinctive = new ArrayList<>();
        for (String w : Synonyms.fold(name).split("[^\\p{L}\\p{N}]+")) {
          if (w.length() >= 3 && !GENERIC_NAME_WORDS.contains(w)) {
            distinctive.add(w.length() > 5 ? w.substring(0, 5) : w);
          }
        }
        if (distinctive.isEmpty()) {
          continue;
        }
        int hits = 0;
        for (String w : distinctive) {
          if (words.contains(w)) {
            hits++;
          }
        }
        if (hits == distinctive.size() && hits > bestHits) {
          best = d;
          bestHits = hits;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private Handoff handoff(String question, String lang) {
    Optional<ServiceSuggestions.Suggestion> s = suggester.confident(question);
    String service = s.map(ServiceSuggestions.Suggestion::serviceCode).orElse(null);
    String dept = s.map(ServiceSuggestions.Suggestion::departmentCode).orElse(null);
    StringBuilder url = new StringBuilder("/feedback.html?kind=REQUEST");
    if (service != null) {
      url.append("&service=").append(URLEncoder.encode(service, StandardCharsets.UTF_8));
    }
    url.append("&comment=").append(URLEncoder.encode(question, StandardCharsets.UTF_8));
    if ("en".equals(lang)) {
      url.append("&lang=en");
    }
    return new Handoff(url.toString(), service, dept);
  }

  /** Groups similar questions: their folded content words, sorted. */
  static String topicKey(String maskedQuestion) {
    TreeSet<String> words = new TreeSet<>();
    for (String w : AnswerEngine.contentWords(maskedQuestion)) {
      if (w != null && !w.isBlank()) {
        words.add(w);
      }
    }
    String key = String.join(" ", words);
    if (key.isBlank()) {
      key = Synonyms.fold(maskedQuestion).trim();
    }
    return key.length() > 200 ? key.substring(0, 200) : key;
  }

  private void remember(String id, AnswerEngine.Topic topic, long now) {
    if (conversations.size() >= MAX_CONVERSATIONS) {
      Iterator<Map.Entry<String, Conversation>> it = conversations.entrySet().iterator();
      while (it.hasNext()) {
        if (now - it.next().getValue().seenAt() > CONVERSATION_TTL_NANOS) {
          it.remove();
        }
      }
      if (conversations.size() >= MAX_CONVERSATIONS) {
        conversations.clear();
      }
    }
    conversations.put(id, new Conversation(topic, now));
  }

  private static String newConversationId() {
    byte[] b = new byte[12];
    RANDOM.nextBytes(b);
    StringBuilder s = new StringBuilder("c-");
    for (byte x : b) {
      s.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
    }
    return s.toString();
  }
}
