package io.jenkins.plugins.trace62304;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kohsuke.stapler.bind.JavaScriptMethod;

import edu.hm.hafner.echarts.JacksonFacade;
import edu.hm.hafner.echarts.LineSeries;
import edu.hm.hafner.echarts.LinesChartModel;
import edu.hm.hafner.echarts.LinesDataSet;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.echarts.AsyncTrendChart;
import io.jenkins.plugins.echarts.JenkinsPalette;

/** The job's trend: findings per level over the last builds with a gate, drawn by ECharts on the job page. */
public final class GateTrendAction implements Action, AsyncTrendChart {
    static final int BUILDS = 50;

    private final Job<?, ?> job;

    GateTrendAction(final Job<?, ?> job) {
        this.job = job;
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.Trend_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "trace62304-trend";
    }

    @JavaScriptMethod
    @Override
    public String getBuildTrendModel() {
        LinesDataSet data = new LinesDataSet();
        for (Run<?, ?> run : gatedBuilds()) {
            GateAction gate = run.getAction(GateAction.class);
            Map<String, Integer> values = new LinkedHashMap<>();
            values.put(Messages.Trend_Errors(), (int) gate.getErrors());
            values.put(Messages.Trend_Failures(), (int) gate.getFailures());
            values.put(Messages.Trend_Warnings(), (int) gate.getWarnings());
            data.add(run.getDisplayName(), values, run.getNumber());
        }
        LinesChartModel model = new LinesChartModel(data);
        model.addSeries(series(data, Messages.Trend_Errors(), JenkinsPalette.RED),
                series(data, Messages.Trend_Failures(), JenkinsPalette.ORANGE),
                series(data, Messages.Trend_Warnings(), JenkinsPalette.YELLOW));
        return new JacksonFacade().toJson(model);
    }

    @Override
    public boolean isTrendVisible() {
        return gatedBuilds().size() > 1;
    }

    /** The last {@value #BUILDS} builds that ran the gate, oldest first. */
    private List<Run<?, ?>> gatedBuilds() {
        List<Run<?, ?>> runs = new ArrayList<>();
        for (Run<?, ?> run = job.getLastCompletedBuild(); run != null && runs.size() < BUILDS;
                run = run.getPreviousCompletedBuild()) {
            if (run.getAction(GateAction.class) != null) {
                runs.add(run);
            }
        }
        Collections.reverse(runs);
        return runs;
    }

    private static LineSeries series(final LinesDataSet data, final String name, final JenkinsPalette color) {
        LineSeries series = new LineSeries(name, color.normal(), LineSeries.StackedMode.SEPARATE_LINES,
                LineSeries.FilledMode.LINES);
        series.addAll(data.getSeries(name));
        return series;
    }
}
