package tr.bel.kucukcekmece.kentsesi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Which catalog file version (and content hash) the database holds; one row. */
@Entity
@Table(name = "catalog_state")
public class CatalogState {

  public static final int SINGLETON_ID = 1;

  @Id private int id = SINGLETON_ID;

  @Column(nullable = false, length = 40)
  private String version;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Column(name = "loaded_at", nullable = false)
  private LocalDateTime loadedAt;

  public String version() {
    return version;
  }

  public String contentHash() {
    return contentHash;
  }

  public void record(String version, String contentHash, LocalDateTime loadedAt) {
    this.version = version;
    this.contentHash = contentHash;
    this.loadedAt = loadedAt;
  }
}
