package nl.signaal.organisations.benchmark;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The benchmark's data source for EclipseLink: one warm physical connection handed out again and
 * again (as the application server's pool does; {@code close()} returns it), and every statement
 * executed through it counted and recorded — its SQL, its bind calls and how long the database
 * took — so the benchmark can report the number of statements per dashboard load and replay
 * each one under {@code EXPLAIN ANALYZE}.
 */
final class CountingDataSource implements DataSource {

    /** A bind call on a prepared statement ({@code setLong(1, 42)}), to replay it. */
    record Bind(Method method, Object[] args) {
    }

    /** One executed statement: its SQL, its binds and the time execute took (all rows fetched). */
    record Executed(String sql, List<Bind> binds, long nanos) {
    }

    private final Connection physical;
    private final Connection shared;
    private final List<Executed> executed = new ArrayList<>();

    CountingDataSource(Connection physical) {
        this.physical = physical;
        this.shared = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                this::onConnection);
    }

    /** Forgets what was recorded so far. */
    void reset() {
        executed.clear();
    }

    /** The statements executed since the last {@link #reset()}, in order. */
    List<Executed> executed() {
        return List.copyOf(executed);
    }

    void closePhysical() throws SQLException {
        physical.close();
    }

    private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "close":
                if (!physical.getAutoCommit()) {
                    physical.rollback();
                    physical.setAutoCommit(true);
                }
                return null;
            case "isClosed":
                return false;
            case "unwrap":
                return ((Class<?>) args[0]).isInstance(proxy) ? proxy : physical.unwrap((Class<?>) args[0]);
            case "isWrapperFor":
                return ((Class<?>) args[0]).isInstance(proxy) || physical.isWrapperFor((Class<?>) args[0]);
            default:
                break;
        }
        Object result = invoke(physical, method, args);
        if (result instanceof Statement statement) {
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            Class<?> type = result instanceof PreparedStatement ? method.getReturnType() : Statement.class;
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, new Recording(statement, sql));
        }
        return result;
    }

    /** Counts and times {@code execute*}; remembers the binds of a prepared statement. */
    private final class Recording implements InvocationHandler {
        private final Statement target;
        private final String preparedSql;
        private final List<Bind> binds = new ArrayList<>();

        Recording(Statement target, String preparedSql) {
            this.target = target;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                binds.add(new Bind(method, args.clone()));
            } else if (name.equals("clearParameters")) {
                binds.clear();
            }
            if (!name.startsWith("execute")) {
                return CountingDataSource.invoke(target, method, args);
            }
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
            long start = System.nanoTime();
            try {
                return CountingDataSource.invoke(target, method, args);
            } finally {
                executed.add(new Executed(sql, List.copyOf(binds), System.nanoTime() - start));
            }
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection() {
        return shared;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return shared;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
