<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AssessmentActions</name>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>Cannot open the assessments ({source}): load the assessments again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>The check sample could not be drawn: see the Processing log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>Check sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>{n} producers are loaded: select the producers to report on (in the table or on the map); a report covers at most {limit} producers without a selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Grouped by producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Total Producers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Medium Risk (&lt;=5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>EU high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>EU standard risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>EU low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>EU risk unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>{risk} · {share} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Epoch and the second opinion disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Second opinion: NON_COMPLIANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Second opinion: NEEDS_REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Total Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Producers per EU country risk class (Implementing Regulation (EU) 2025/1093) and the share of operators a competent authority checks each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Search producer, commodity, country ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All EU risk classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Download DDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Check sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Pick the producers to check: at least 9 % / 3 % / 1 % per EU country risk class, highest Epoch risk first (the same seed gives the same sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>seed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Breaks ties between equally risky producers; keep it to draw the same sample again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Field report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>A PDF section per selected producer (or all, up to 200): map, plots to visit with coordinates, risks; and a QField-ready copy next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load DDS layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open DDS PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Cannot read the table: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Not Assessable: there is no DDS to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Loading assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All commodities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Select a producer row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down: {producer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down plots: {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load the assessments first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drawing the check sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>The check sample is empty: no producers loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Save the field report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Writing the field report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Select an assessed producer (Not Assessable rows have no DDS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Save the Due Diligence Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Downloading DDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Saved {path} ({n} files). Load its GeoJSON as layers or open its PDF with the buttons above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Cannot read {path} ({reason}): download the DDS again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Opening the DDS PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Collection {id} is ready: load the assessments to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthConfig</name>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The QGIS authentication system is not available: open Settings &gt; Options &gt; Authentication and set a master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Unknown login kind {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Enter both the email (or user id) and the password (or API key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>QGIS could not store the credentials (is the master password set?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>No Epoch login configured: pick or create an authentication configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{authcfg}&apos; was not found or could not be decrypted (check the QGIS master password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{name}&apos; uses the {method} method; Epoch needs a Basic configuration (email and password, or user id and API key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The authentication configuration has an empty user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeStyles</name>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Status worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>New producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Producer gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Same status, figures changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Status better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Change (label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Commodity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Status before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Risk rank before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Risk rank now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>NC plots before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>NC plots now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>NC plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>NC % before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>NC % now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>NC %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Article 10 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Article 10 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Article 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Draw order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/change_styles.py"/>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../layers/changes.py"/>
        <source>{file} is locked by another program: close it there and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/changes.py"/>
        <source>Could not write layer &apos;{layer}&apos; to {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/changes.py"/>
        <source>The loads were filtered differently (then: {then}; now: {now}): producers outside a filter show as new or gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/changes.py"/>
        <source>no filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/changes.py"/>
        <source>The monitoring windows differ (then {then_start} to {then_end}; now {now_start} to {now_end}): NC figures may move for that reason alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/changes.py"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/changes.py"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesBox</name>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>The earlier load to compare the assessments shown with (kept in the results file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Show changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>A layer of what changed since that load: worse in red, better in green, new, gone, NC plots and Article 10 risk moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes not computed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer worse since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers worse since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>No producer worse since {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>ClientFactory</name>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>Only {names} is set: set EPOCH_EMAIL and EPOCH_PASSWORD, or EPOCH_API_KEY and EPOCH_USER_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>No Epoch login: give an authentication configuration (AUTHCFG), or set EPOCH_EMAIL and EPOCH_PASSWORD (or EPOCH_API_KEY and EPOCH_USER_ID).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Commodity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Admin 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>EU country risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Article 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>2nd opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Facility ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Comm. Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>POI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>High Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Protected area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Deforestation (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Source feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Data error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareAssessments</name>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>New producers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Same status, figures changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>CURRENT: choose the assessments layer to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>SNAPSHOT: snapshots are kept in the GeoPackage the assessments were loaded into; CURRENT is not a whole layer of a GeoPackage. Choose that layer as CURRENT, or give an EARLIER layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Comparing {layer} with the snapshot of {snapshot}</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>ConnectionTab</name>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Production (epoch-sco2-api.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sandbox (local, synthetic results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sign in with {login} / {password}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login (stored in the QGIS authentication database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key and user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Save as new login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login saved as QGIS authentication configuration {authcfg}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connecting to {url} ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connected to {url} as {identity}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Not signed in: add Epoch credentials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>The secure connection to {host} failed (certificate not trusted?). Check the server address, or set the CA bundle your organisation uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>The proxy refused the connection to {host}: check QGIS&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{host} did not answer {path} within {seconds} s. Try again later, or send fewer locations at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Could not reach {host} ({error}) after {tries} tries. Check your internet connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>The request to {host} for {path} failed ({error}). Check the server address and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{host} did not answer {path} within {seconds} s (the overall limit for one request, set by EPOCH_REQUEST_DEADLINE_S): stopped waiting. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Epoch refused the credentials (expired or wrong). Sign in again in the Connection tab{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>This account is not allowed to use {path}{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Epoch is limiting requests from this account; try again in a few minutes{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Epoch is limiting requests from this account; try again in {seconds} s{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>The Epoch server failed on {path} (HTTP {status}); try again later{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Epoch refused the request to {path}{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Epoch refused the request to {path} (no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Unexpected answer HTTP {status} from {path}{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Nothing to submit: select at least one screened location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Give the collection a name before submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>No collection id: pick an assessed producer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>No collection to export: pick an assessed producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{name}: only GeoJSON, CSV or XLSX files can be screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{name}: {text} is not a date; give it as YYYY-MM-DD (for example {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{end_name} ({last}) is before {start_name} ({first}): the monitoring window must end on or after its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>&apos;{text}&apos; is not a server address: use a full URL such as {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>&apos;{text}&apos; uses plain http: credentials would travel unencrypted. Use https (plain http is only allowed for a server on this machine, such as the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>&apos;{text}&apos; must not contain &apos;?&apos; or &apos;#&apos;: give only the server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>No geometry: draw the plot or give its location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>The geometry is empty: draw the plot again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{kind} is not accepted: only Point, MultiPoint, Polygon, MultiPolygon and a GeometryCollection of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Coordinates outside longitude -180..180 / latitude -90..90: the layer is not in EPSG:4326 or longitude and latitude are swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Has {what} values; the EU file is 2D (they are dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{share:.0%} of the coordinates have fewer than 6 decimals (the EU asks for 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{count} vertices collapse into their neighbour when cut to 6 decimals{after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>The outline crosses itself ({reason}); fix it or apply &apos;make valid&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Invalid geometry: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>A ring has fewer than 4 positions (or is collinear): not a polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{count} hole(s): the EU reads only the outer ring; split the plot around each hole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{count} separate polygons in one feature: the EU expects one polygon per plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{feature}: a point stands for a plot of at most 4 ha, but Area is {area} ha: draw the plot as a polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{feature}: a point without Area is taken as 4 ha{hint}: give its Area in hectares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{feature}: Area is the text {value!r}; the EU reads text as 0: make it a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{feature}: Area {area} ha is below the EU minimum of 0.0001 ha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>ProducerCountry {problem}: give the ISO 3166-1 alpha-2 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>ProducerCountry is {given} but the plot lies in {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{area:,.0f} ha is over Epoch&apos;s API limit of 100,000 ha per plot (the EU sets no area limit: the TRACES export accepts it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>A ring&apos;s last position is not its first: the EU system refuses the file as uploaded (QGIS and GDAL close it silently on reading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>The Point&apos;s coordinates are written [[x, y]]; the EU expects one position [x, y] (QGIS reads it anyway, the EU system does not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>The property {given!r} is ignored by the EU system: its name is {proper!r} (names are case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>ProducerCountry {given!r} is not an ISO 3166-1 alpha-2 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>The plot lies in no country: are longitude and latitude swapped, or is it at sea?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Same geometry as feature {other}: the same plot twice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Latitude {lat:.2f} is outside the viable range for {commodity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Latitude {lat:.2f} is beyond where {commodity} is grown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{country} is not a known {commodity}-producing country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{country} is {risk} risk in the EU country benchmarking (Implementing Regulation (EU) 2025/1093): competent authorities check at least {share} % of its operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>High Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Medium Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Not Assessable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Non-Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Data Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{n} producer assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{n} producer assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{n} plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{n} plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{n} facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{n} facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{n} feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{n} features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{n} supply-shed outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>{n} supply-shed outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Include deforestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Article 10 legality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Check road access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Check water access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Check port proximity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Cocoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Rubber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Soy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Timber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/i18n.py"/>
        <source>Cattle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dock</name>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadDds</name>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>ZIP files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>{path}: {files} files, {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Server URL. Empty: $EPOCH_API_URL if set, else the production API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>QGIS authentication configuration (Basic: email + password, or user id + API key). Empty: EPOCH_EMAIL/EPOCH_PASSWORD or EPOCH_API_KEY/EPOCH_USER_ID from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Could not write the output: {error}</source>
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
        <source>ProducerName from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProducerCountry from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProductionPlace from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area from</source>
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
        <source>Commodity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Country filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producer (company) filter</source>
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
        <source>{count} of {collection} written</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>FieldPackage</name>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>The declared commodity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Another crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Recently cleared (stumps, burning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Regrowth / fallow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Pasture or grassland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Buildings or roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Could not reach the plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Other (see notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Plot UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Commodity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Why visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Epoch status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Area (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Deforested after 2020 (ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Alert from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Alert to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Observed land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Deforestation seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Epoch EUDR field checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Field checks (plots to visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>All plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Supply-shed outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Could not write the QField project {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_package.py"/>
        <source>Could not build the style of &apos;{layer}&apos;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldReport</name>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>{n} producer assessment(s) to report on</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>JobWatcher</name>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>log in to check the submitted jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Checking submitted collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Results of {name} are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Load assessments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../layers/jobs.py"/>
        <source>Cannot save the submitted jobs in {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerJoin</name>
    <message>
        <location filename="../layers/join.py"/>
        <source>&apos;{layer}&apos; has no integer key field to join on; copy the results instead (a new layer with the source attributes and the results).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join.py"/>
        <source>QGIS refused to join the results to &apos;{layer}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join.py"/>
        <source>These results have no source feature ids; screen the layer again to join them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerPreflight</name>
    <message>
        <location filename="../layers/preflight.py"/>
        <source>{n} error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/preflight.py"/>
        <source>{n} warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/preflight.py"/>
        <source>{n} ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/preflight.py"/>
        <source>; {n} features written fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/preflight.py"/>
        <source> (most frequent: {codes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/preflight.py"/>
        <source>&apos;{layer}&apos; is a table without geometry: the check before upload tests plot and facility geometries against the EU rules, so there is nothing to check. Open the file with its coordinate columns as points (Layer &gt; Add Layer &gt; Add Delimited Text Layer, X and Y fields), or screen the table as facility addresses to geocode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/preflight.py"/>
        <source>Preflight: {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/preflight.py"/>
        <source>{n} feature(s); {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/preflight.py"/>
        <source>no feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/preflight.py"/>
        <source>&apos;{layer}&apos; has no point or polygon to check ({detail}): give the features their plot polygons or points, and check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerSource</name>
    <message>
        <location filename="../layers/source.py"/>
        <source>feature {fid}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>{n} feature(s) not sent ({shown}{more})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>facilities (addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>no geometries (choose plots or facilities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>plots (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>plots (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>facilities (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>lines (cannot be screened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>mixed geometries (choose plots or facilities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>&apos;{layer}&apos; holds lines: only points (facilities) or polygons (plots) can be screened, and points with their Area in hectares as plots of up to 4 ha. Convert the layer first, e.g. polygons from closed lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>&apos;{layer}&apos; holds polygons, which are plots, but the location type is facility: change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>Set it in Layer Properties &gt; Source (Assigned Coordinate Reference System), e.g. EPSG:4326 when the coordinates are longitudes and latitudes in degrees, or the projected CRS they were measured in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so its coordinates cannot be placed on Earth and would be sent as if they were degrees. {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>a local CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>&apos;{layer}&apos; uses &apos;{crs}&apos;, a local (engineering) CRS that is not tied to the Earth: its coordinates cannot be converted to longitude/latitude. {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is UTF-16 text, which QGIS reads as a broken CSV: {save_as}, and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is {encoding} text: read as {encoding}, not as {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>Pick a valid vector layer to screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>No feature chosen: tick rows in the results table or select features on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>&apos;{layer}&apos; has no selected features: select some, or untick &apos;Selected features only&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>Give the features their points or polygons; a table of addresses to geocode goes as a CSV or XLSX file without a geometry column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/source.py"/>
        <source>&apos;{layer}&apos; has no rows to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringWindow</name>
    <message>
        <location filename="../processing_provider/windows.py"/>
        <source>Monitoring from (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/windows.py"/>
        <source>First day of the monitoring window, YYYY-MM-DD. Default {cutoff}, the EUDR cut-off date: forest lost after it makes a product non-compliant. Empty: the server&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/windows.py"/>
        <source>Monitoring until (YYYY-MM-DD, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/windows.py"/>
        <source>Last day of the monitoring window, YYYY-MM-DD. Empty: up to the latest data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineAlgorithms</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Offline checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>{n} feature(s) refused: run the preflight with FIX first, or set INCLUDE_ERRORS.</source>
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
    <name>PreflightBox</name>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check before upload (offline, EU geolocation rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check before upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Apply fixes to a new layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Click an issue to select and zoom to the features that have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Choose a layer to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Fixing {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Checking {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{count} x {code} ({severity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>No issue found: ready for an EU upload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuild</name>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>{sections} producer section(s), {pages} page(s), {visits} plot(s) to visit: {pdf}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>; QField project {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>; left out: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>The filter expression cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>The drill-down GeoPackage {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>{name} (no collection id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>plots from {file} (saved drill-down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>The plots of {name} are in no drill-down GeoPackage given and no server login is set: drill down first, or give a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>plots fetched from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>{name} (no plots and no location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>{path}: the report is a PDF; give a name ending in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>No producer to report on: select producers, or loosen the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/field_report.py"/>
        <source>Nothing to report: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Epoch status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>EU country risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Article 10 risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>SANDBOX DATA: synthetic results for training, not observations of these places nor evidence for due diligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Non-compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>country unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Unnamed producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>{status}: no plots ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>{status}: no plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>, {n} with a data error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>no plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>{nc} non-compliant, {review} needs review, {ok} compliant (seed 002 rules); differs from Epoch on {differ}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Unknown: {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>{risk}: {country}; {share} % of operators checked each year (Impl. Reg. (EU) 2025/1093)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Epoch sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Epoch API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>(synthetic results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>supplier {supplier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>collection {collection}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Plots to visit: none (no plot is Non-Compliant or questioned by the second opinion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; # as on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>; {n} more on the next pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>; {n} more on the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Plots to visit, continued: # {first} to {last} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Non-Compliant plots ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Compliant plots ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Data Error plots ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Questioned by the second opinion ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Plot to visit: its # in the table ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_data.py"/>
        <source>Epoch EUDR field report · {made} · section {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Could not open layer &apos;{layer}&apos; of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>WGS 84, grid in degrees, no basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Supply-shed outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Area ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Deforested ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Alert from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Alert to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>No plot to visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Epoch EUDR field report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/report_layout.py"/>
        <source>Could not write the report {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <location filename="../connection/sandbox_runner.py"/>
        <source>Sandbox: a local training server bundled with the plugin. Its results are synthetic, not Epoch&apos;s analysis; never use them for a due diligence statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenLocations</name>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (plots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (facilities)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>&apos;{layer}&apos; holds {what}: set LOCATION_TYPE to plot (polygons or points with their Area) or facility (points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{n} features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>its features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening &apos;{layer}&apos; ({count}, sent {limit} at a time) as {what} on {url}</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>ScreeningTab</name>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Selected features only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Plots (polygons or points with Area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Facilities (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Location type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Commodity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>t/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Production volume: not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Join results to the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>A virtual join (fields prefixed epoch_); the layer&apos;s data is not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copy layer with results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>A new GeoPackage layer: your features and attributes plus the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Cannot read the results: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Guessed from the layer: {guess}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Choose a vector layer, or a CSV, XLSX or GeoJSON file that QGIS can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The check before upload found {n} feature(s) with errors that block an EU upload. Screen the layer anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening &apos;{layer}&apos; ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Results joined to &apos;{layer}&apos; (fields epoch_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{n} features copied with their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{layer} + results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copying {layer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../connection/session.py"/>
        <source>Enter the custom server URL (https://...).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>window {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>{n} producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>{n} producers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; to keep a snapshot of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>{file} is locked by another program; close it there and load again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>Could not keep a snapshot of &apos;{layer}&apos; in {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>No snapshot in {file}: each load of assessments keeps one; load them again later and compare then, or compare with an earlier layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>Only one load of &apos;{layer}&apos; is kept in {file} ({time}): nothing earlier to compare with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>No snapshot taken on or before {moment} in {file}; the oldest is {oldest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>Snapshot {name} is not in {file}: give &apos;previous&apos;, &apos;latest&apos;, &apos;oldest&apos;, a day (YYYY-MM-DD) or one of: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>Cannot open {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; in {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../layers/submissions.py"/>
        <source>{error} Looking &apos;{name}&apos; up failed too ({reason}); check the Assessments before submitting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/submissions.py"/>
        <source>{error} It was received: collection &apos;{name}&apos; ({id}) is among the assessments. Do not submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/submissions.py"/>
        <source>{error} &apos;{name}&apos; is not among the assessments yet: it may still be processing (minutes to hours). Look again later before submitting it again.</source>
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
        <source>Submits facilities (points) for supply-shed assessment or plots (polygons) for direct assessment. An empty collection name is suggested as {commodity}_{country}_{date} from the first feature. WAIT_SECONDS &gt; 0 polls until the assessment appears. A collection name already assessed is reported first (without FORCE_REPROCESS Epoch returns that collection). The job is recorded in the QGIS profile: the panel keeps checking it, also after a restart, and says when it is ready.</source>
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
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}): without FORCE_REPROCESS Epoch returns that collection, not a new assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} facility(s) sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} plot(s) sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{sent}; collection {id}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Waiting up to {seconds} s for the assessment ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection {id}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitTab</name>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; is already assessed ({id}): nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>collection {id} ({n} sent): {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Screen a layer first: its results can then be submitted for assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Reprocess if the collection exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submit ticked rows (or the map selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Clear settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Forget the jobs that are ready, failed or given up (the results stay on Epoch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened facilities from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_supply_shed (supply-shed assessment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened plots from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_process (direct plot assessment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Nothing to submit: tick rows in the Screening results or select features on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; was submitted on {day} ({state}). Submitted again without &apos;Reprocess&apos;, Epoch returns that collection, not a new assessment. Submit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitting {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}). Submitted again without &apos;Reprocess&apos;, Epoch returns those results, not a new assessment. Submit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: &apos;{name}&apos; is already assessed. Load it in Assessments, tick &apos;Reprocess&apos;, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted: collection {id}. Its state is checked below, also after QGIS restarts, and a notice says when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>commodity not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>submitted {time} UTC from {origin} to {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}, {waiting} being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>(last check: {error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../ui/wdg_common.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
