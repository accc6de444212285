package tr.bel.kucukcekmece.kentsesi.transparency.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.stats.OpenDataset;
import tr.bel.kucukcekmece.kentsesi.core.stats.OpenDataset.Field;
import tr.bel.kucukcekmece.kentsesi.transparency.application.OpenData;

/**
 * Open data with stable URLs: {@code /api/open-data/feedback.csv} and {@code .json} (one anonymous
 * row per submission), the same for every feature's data set (e.g. {@code proposals}), and {@code
 * /api/open-data/datapackage.json}, the Frictionless Data descriptor of them all.
 */
@Path("open-data")
@RequestScoped
public class OpenDataResource {

  @Inject OpenData openData;

  @GET
  @Path("{name}.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("name") String name) {
    List<Field> fields = fields(name);
    StreamingOutput body =
        out -> {
          Writer w =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          Csv.row(w, fields.stream().map(Field::name).toList());
          rows(
              name,
              row -> {
                try {
                  Csv.row(w, row);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
          w.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "inline; filename=\"" + name + ".csv\"")
        .build();
  }

  @GET
  @Path("{name}.json")
  @Produces(MediaType.APPLICATION_JSON)
  public Response json(@PathParam("name") String name) {
    List<Field> fields = fields(name);
    StreamingOutput body =
        out -> {
          Writer w =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          w.write('[');
          boolean[] first = {true};
          rows(
              name,
              row -> {
                try {
                  StringBuilder b = new StringBuilder(first[0] ? "\n{" : ",\n{");
                  first[0] = false;
                  for (int i = 0; i < fields.size(); i++) {
                    b.append(i == 0 ? "" : ",")
                        .append(quote(fields.get(i).name()))
                        .append(':')
                        .append(value(row.get(i)));
                  }
                  w.write(b.append('}').toString());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
          w.write("\n]\n");
          w.flush();
        };
    return Response.ok(body, MediaType.APPLICATION_JSON + "; charset=UTF-8").build();
  }

  /** The Frictionless Data descriptor (data package with tabular data resources). */
  @GET
  @Path("datapackage.json")
  @Produces(MediaType.APPLICATION_JSON)
  public String datapackage() {
    JsonArrayBuilder resources = Json.createArrayBuilder();
    resources.add(
        resource(
            OpenData.FEEDBACK,
            "Citizen feedback and requests",
            "One row per submission to Kent Sesi: kind, service, department, neighbourhood, month, rating, status, days to"
                + " the first response and whether it was on time. No comment text, contact data or tracking codes;"
                + " rare combinations are generalised (fewer than 5 submissions).",
            OpenData.FEEDBACK_FIELDS));
    openData
        .others()
        .values()
        .forEach(d -> resources.add(resource(d.name(), d.titleEn(), d.description(), d.fields())));
    return Json.createObjectBuilder()
        .add("profile", "data-package")
        .add("name", "kucukcekmece-kent-sesi")
        .add("title", "Küçükçekmece Municipality — Kent Sesi open data")
        .add(
            "description",
            "Anonymous open data of the citizen feedback and participation portal of Küçükçekmece"
                + " Municipality (İstanbul). Definitions: /transparency.html and /open-data.html.")
        .add("homepage", "/open-data.html")
        .add(
            "licenses",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "CC-BY-4.0")
                        .add("path", "https://creativecommons.org/licenses/by/4.0/")
                        .add("title", "Creative Commons Attribution 4.0")))
        .add("resources", resources)
        .build()
        .toString();
  }

  private static JsonObjectBuilder resource(
      String name, String title, String description, List<Field> fields) {
    JsonArrayBuilder fs = Json.createArrayBuilder();
    for (Field f : fields) {
      JsonObjectBuilder fb =
          Json.createObjectBuilder()
              .add("name", f.name())
              .add("type", f.type())
              .add("description", f.description());
      if ("boolean".equals(f.type())) {
        fb.add("trueValues", Json.createArrayBuilder().add("true"))
            .add("falseValues", Json.createArrayBuilder().add("false"));
      }
      fs.add(fb);
    }
    return Json.createObjectBuilder()
        .add("name", name)
        .add("path", name + ".csv")
        .add("title", title)
        .add("description", description)
        .add("profile", "tabular-data-resource")
        .add("format", "csv")
        .add("mediatype", "text/csv")
        .add("encoding", "utf-8")
        .add(
            "schema",
            Json.createObjectBuilder()
                .add("fields", fs)
                .add("missingValues", Json.createArrayBuilder().add("")));
  }

  private List<Field> fields(String name) {
    if (OpenData.FEEDBACK.equals(name)) {
      return OpenData.FEEDBACK_FIELDS;
    }
    return openData
        .dataset(name)
        .map(OpenDataset::fields)
        .orElseThrow(() -> ApiException.notFound("open-data-unknown", name));
  }

  private void rows(String name, Consumer<List<Object>> sink) {
    if (OpenData.FEEDBACK.equals(name)) {
      openData.feedbackRows(sink);
    } else {
      openData.dataset(name).orElseThrow().rows(sink);
    }
  }

  private static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return quote(v.toString());
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
