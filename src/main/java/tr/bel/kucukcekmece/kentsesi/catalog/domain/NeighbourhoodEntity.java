package tr.bel.kucukcekmece.kentsesi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The stored row of a neighbourhood (mahalle) of the district; the rest of the portal sees it as
 * {@link tr.bel.kucukcekmece.kentsesi.catalog.Neighbourhood}.
 */
@Entity
@Table(name = "neighbourhood")
@NamedQuery(
    name = "NeighbourhoodEntity.all",
    query = "select n from NeighbourhoodEntity n order by n.sortOrder")
public class NeighbourhoodEntity {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active;

  protected NeighbourhoodEntity() {}

  public NeighbourhoodEntity(String code) {
    this.code = code;
  }

  public void update(String name, int sortOrder) {
    this.name = name;
    this.sortOrder = sortOrder;
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public boolean active() {
    return active;
  }
}
