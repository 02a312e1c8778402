package nl.signaal.routes.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.resolver.boundary.Reporter;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import nl.signaal.routes.resolver.boundary.RouteStep;
import nl.signaal.routes.resolver.control.RouteResolver;
import nl.signaal.routes.resolver.control.RoutingData;
import nl.signaal.routes.tools.Fixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * How long one route resolution takes on the seeded data (342 municipalities, the seeded
 * points), over a fixed mix of 1,024 random queries. The issue asks p99 ≤ 1 ms. Run:
 *
 * <pre>
 * mvn -pl modules/routes -am -Pbenchmark test-compile
 * mvn -pl modules/routes -am -Pbenchmark test-compile -Dbenchmark.args="-f 1 -wi 5 -i 10"
 * </pre>
 *
 * {@code main} runs in SampleTime mode and prints p50 and p99 in microseconds; any JMH
 * command-line option passed as arguments overrides the short defaults.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RouteResolverBenchmark {

    private RoutingData data;
    private RouteResolver resolver;
    private RouteQuery[] queries;
    private int next;

    @Setup
    public void setUp() {
        data = Fixtures.seeded();
        resolver = new RouteResolver();
        List<String> codes = new ArrayList<>(data.municipalities().keySet());
        Random random = new Random(42);
        FormOfExploitation[] forms = FormOfExploitation.values();
        Sector[] sectors = Sector.values();
        queries = new RouteQuery[1024];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = new RouteQuery(codes.get(random.nextInt(codes.size())), null,
                    random.nextInt(5) == 0 ? null : forms[random.nextInt(forms.length)],
                    sectors[random.nextInt(sectors.length)], random.nextBoolean(), random.nextInt(10) == 0,
                    random.nextBoolean() ? Reporter.PROFESSIONAL : Reporter.CITIZEN, random.nextInt(4) == 0);
        }
    }

    @Benchmark
    public List<RouteStep> resolve() {
        RouteQuery query = queries[next++ & (queries.length - 1)];
        return resolver.resolve(data, query);
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .include(RouteResolverBenchmark.class.getSimpleName())
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(2))
                .threads(1)
                .parent(new CommandLineOptions(args.length == 1 && args[0].isBlank() ? new String[0] : splitArgs(args)))
                .build();
        for (RunResult result : new Runner(options).run()) {
            Statistics stats = result.getPrimaryResult().getStatistics();
            System.out.printf("RouteResolverBenchmark.resolve: p50 = %.2f us, p99 = %.2f us, p99.9 = %.2f us (n = %d)%n",
                    stats.getPercentile(50), stats.getPercentile(99), stats.getPercentile(99.9), stats.getN());
        }
    }

    /** Maven passes {@code -Dbenchmark.args} as one argument; split it like a shell would (no quoting). */
    private static String[] splitArgs(String[] args) {
        return String.join(" ", args).trim().split("\\s+");
    }
}
