package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;

/**
 * Lets the supports of one proposal through one at a time within this server (striped locks held
 * until the transaction has committed), so that many simultaneous supports queue here instead of
 * waiting on the database's row lock, where H2 would give up after its lock timeout. The row update
 * keeps the count exact across servers anyway.
 */
@ApplicationScoped
public class SupportGate {

  private static final int STRIPES = 256;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  @Inject SupportsAndFollows supports;

  public SupportGate() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock(true);
    }
  }

  public int support(SessionUser user, String client, long id) {
    ReentrantLock lock = locks[Math.floorMod(Long.hashCode(id), STRIPES)];
    acquire(lock);
    try {
      return supports.support(user, client, id);
    } finally {
      lock.unlock();
    }
  }

  public int unsupport(SessionUser user, long id) {
    ReentrantLock lock = locks[Math.floorMod(Long.hashCode(id), STRIPES)];
    acquire(lock);
    try {
      return supports.unsupport(user, id);
    } finally {
      lock.unlock();
    }
  }

  private static void acquire(ReentrantLock lock) {
    try {
      if (!lock.tryLock(30, TimeUnit.SECONDS)) {
        throw new ApiException(503, "busy");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "busy");
    }
  }
}
