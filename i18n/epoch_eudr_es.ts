<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CheckSample</name>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Risk-based check sample (EU country benchmarking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Picks the producers a competent authority checks, from an assessments layer (e.g. the output of fetch_assessments): per EU country risk class (Implementing Regulation (EU) 2025/1093) at least the share of Regulation (EU) 2023/1115, Art. 16 (9 % high, 3 % standard, 1 % low; rounded up, at least one per class), highest Epoch risk first (risk rank, then non-compliant area, then non-compliant plots). Producers whose country is unknown are sampled at the standard share. SEED breaks ties and draws the RANDOM_SHARE of each class at random: the same seed gives the same sample. Writes every row of the picked producers with eu_country_risk, eu_check_share, sample_order and sample_reason. No server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producer assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Selected features only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Seed (ties and random picks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Share of each class drawn at random (0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Check sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producers picked per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Rows picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>No input layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareAssessments</name>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compare assessments (changes since an earlier load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compares the CURRENT assessments with an earlier load: the EARLIER layer when given, else the SNAPSHOT kept in CURRENT&apos;s GeoPackage (every load of assessments keeps one). SNAPSHOT: &apos;previous&apos; (the load before the current one), &apos;latest&apos;, &apos;oldest&apos;, a snapshot id such as 20261102T101500, or a day (YYYY-MM-DD: the last snapshot taken that day or before). Producers are matched by collection_id, else by company, commodity and country. OUTPUT holds one point per change: new, gone, worse or better (by risk_rank), or &apos;changed&apos; (same status; NC plots, NC % or Article 10 risk moved), with the values before and after; worse in red, better in green. SUMMARY is one line; WORSE, BETTER, NEW, GONE and CHANGED are counts, for a model or a scheduled qgis_process run. No network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Current assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier assessments (layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier snapshot, when no EARLIER layer (previous, latest, oldest, an id or a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Include unchanged producers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Headline (producers worse since ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Every count (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadDds</name>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Download Due Diligence Statement (ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Downloads the DDS package of one or more collections (comma-separated ids). The file is written only once complete and verified; an existing file is kept if anything fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Collection ids (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>DDS ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Files in the ZIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpochAlgorithm</name>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Epoch API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTracesGeojson</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Export EU-ready GeoJSON (TRACES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Writes GeoJSON for the EU Information System: only ProducerName, ProducerCountry, ProductionPlace and Area; coordinates truncated to 6 decimals, as the EU system stores them; lon/lat; GeometryCollections as they are. Each file is one bundle: what one Due Diligence Statement can carry (under 25 MB both as written and base64-encoded, at most 1,000 producers of the commodity); the summary says which limit closed each file. Features with preflight errors are refused unless INCLUDE_ERRORS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Include features with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>File name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Files written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>What went where (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchAssessments</name>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Fetch producer assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Loads every supply-shed and direct-plot assessment (stat_type=all, table_extension=eudr) with the dashboard&apos;s verdicts: status, status_key, assessment_type, nc_percent, risk_rank. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31. With KEEP_SNAPSHOT, the load is also kept as a snapshot in the output GeoPackage, for compare_assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Maximum rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Keep this load as a snapshot (for compare_assessments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producers per status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchPlots</name>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Fetch plots of a collection (drill-down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Loads the plots of one assessed collection with their deforestation figures and a binary status: Non-Compliant above 0.5 ha of post-2020 loss, else Compliant (Data Error, with the reason in data_error, when the area is not a number). No more than LIMIT plots are read. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Collection id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Maximum plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldReport</name>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report (PDF) and QField copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>A PDF for a field team, built with a print layout and an atlas: one section per producer assessment (the rows of ASSESSMENTS: selected only, and/or those FILTER keeps), most severe status first. Each section has a map of the plots coloured by Epoch&apos;s status with the supply-shed outline, the facility, a scale bar, a north arrow, a grid in degrees and a locator map of the country (no basemap: it works offline); a legend with the counts; the producer&apos;s status, EU country risk, Article 10 risk, assessment date and data source (sandbox data is said to be synthetic); and a table of the plots to visit (Epoch Non-Compliant, or not Compliant in the second opinion) with area, deforested hectares, alert dates and the centroid&apos;s latitude and longitude (6 decimals), numbered as on the map. Pages are numbered. The plots come from DRILLDOWNS (a GeoPackage holding drill-downs: the dock&apos;s results file, fetch_plots outputs) when it has them, else from the server (SERVER, AUTHCFG). With OUTPUT_FOLDER, that folder also gets &lt;name&gt;.gpkg (the report&apos;s layers and a field_checks layer of the plots to visit, with edit widgets for visit date, observed land use, deforestation seen, photo and notes) and &lt;name&gt;.qgz opening it by a relative path, ready for QFieldSync; what was filled in an earlier field_checks there is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Selected producers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Only the producers this expression keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>GeoPackage with saved drill-downs (read offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Maximum plots per producer fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField copy (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Plots to visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>No assessments layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineAlgorithm</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Offline checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plugin</name>
    <message>
        <location filename="../plugin.py"/>
        <source>Show or hide the Epoch EUDR Screening panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight: EU geolocation rules (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Checks every feature against the EU Information System&apos;s geolocation rules and the seed 001 facility tables, without any network: issues (codes), severity (error blocks an EU upload, warning does not), messages, geodesic area and country. Plots are polygons or points: a point stands for a plot of at most 4 ha (cattle establishments excepted) given with its Area in hectares. FIX writes repaired copies (make valid, 2D, 6 decimals, holes split, one polygon per feature, ProducerCountry, numeric Area) and lists what changed. The input layer is never modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots or facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Selected features only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Write fixed features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area for points without one (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenLocations</name>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screen locations (validate_locations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screens plots (polygons) or facilities (points) with Epoch&apos;s /validate_locations and writes the results as a styled layer: confidence scores for facilities, risk for plots. Tables without geometry are sent as CSV for the API to geocode. The layer is read, sent and written 10,000 features at a time (the API&apos;s limit per request), so memory stays flat at any size. The input layer is not modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Locations layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Selected features only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Production volume, tonnes/year (plots; optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Collection summary (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitBatch</name>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submit for assessment (batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submits facilities (points) for supply-shed assessment or plots (polygons) for direct assessment. An empty collection name is suggested as {commodity}_{country}_{date} from the first feature. WAIT_SECONDS &gt; 0 polls until the assessment appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Screened locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Selected features only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name (empty: suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Reprocess an existing collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Wait for the results (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>algorithm</name>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Location type (auto: points are facilities, polygons plots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Commodity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/windows.py"/>
        <source>Monitoring from (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/windows.py"/>
        <source>Monitoring until (YYYY-MM-DD, optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
