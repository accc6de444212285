package tr.bel.kucukcekmece.kentsesi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A neighbourhood (mahalle) of the district. */
@Entity
@Table(name = "neighbourhood")
@NamedQuery(name = "Neighbourhood.all", query = "select n from Neighbourhood n order by n.sortOrder")
public class Neighbourhood {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active;

  protected Neighbourhood() {}

  public Neighbourhood(String code) {
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
