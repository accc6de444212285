package tr.bel.kucukcekmece.kentsesi.proposals.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public proposal pages, rendered on the server so that they read without JavaScript: the list
 * with search, filters, sorting and paging ({@code /proposals.html}) and one proposal with its
 * answer, history, accountability timeline and comments ({@code /proposal.html?id=}). Everything
 * from users is escaped. Labels come from the web bundles ({@code /i18n/tr.json}, {@code en.json})
 * and carry {@code data-i18n}, so the script's language switch works too; the script adds
 * supporting, following, commenting, editing and deleting one's own comments, and flagging.
 *
 * <p>This servlet picks the language and its label bundle; {@link ProposalListPage} and {@link
 * ProposalDetailPage} write the content and {@link Page} the site frame around it.
 */
@WebServlet(urlPatterns = {"/proposals.html", "/proposal.html"})
public class ProposalPages extends HttpServlet {

  @Inject ProposalListPage listPage;

  @Inject ProposalDetailPage detailPage;

  private final Map<String, JsonObject> bundles = new ConcurrentHashMap<>();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String lang = "en".equals(req.getParameter("lang")) ? "en" : "tr";
    resp.setContentType("text/html;charset=UTF-8");
    resp.setHeader("Cache-Control", "no-cache");
    Page page = new Page(lang, bundle(lang), req.getParameter("lang") != null);
    if (req.getServletPath().equals("/proposal.html")) {
      detailPage.render(req, resp, page);
    } else {
      listPage.render(req, page);
    }
    resp.getWriter().write(page.html());
  }

  private JsonObject bundle(String lang) {
    return bundles.computeIfAbsent(
        lang,
        l -> {
          try (InputStream in = getServletContext().getResourceAsStream("/i18n/" + l + ".json");
              JsonReader r = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.readObject();
          } catch (IOException | RuntimeException e) {
            return Json.createObjectBuilder().build();
          }
        });
  }
}
