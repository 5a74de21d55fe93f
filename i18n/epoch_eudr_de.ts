<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AssessmentActions</name>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>Check sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>{n} producers are loaded: select the producers to report on (in the table or on the map); a report covers at most {limit} producers without a selection.</source>
        <translation>{n} Erzeuger sind geladen: Wählen Sie die Erzeuger für den Bericht aus (in der Tabelle oder auf der Karte); ohne Auswahl umfasst ein Bericht höchstens {limit} Erzeuger.</translation>
    </message>
    <message>
        <source>Cannot open the assessments ({source}): load the assessments again.</source>
        <translation type="obsolete">Die Bewertungen ({source}) lassen sich nicht öffnen: Laden Sie die Bewertungen erneut.</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation type="obsolete">hohes Risiko</translation>
    </message>
    <message>
        <source>standard risk</source>
        <translation type="obsolete">normales Risiko</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation type="obsolete">geringes Risiko</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation type="obsolete">unbekanntes Land</translation>
    </message>
    <message>
        <source>{risk}: {picked} of {population} ({share} %)</source>
        <translation type="obsolete">{risk}: {picked} von {population} ({share} %)</translation>
    </message>
    <message>
        <source>Check sample (seed {seed}): {producers}, {rows}: {classes}</source>
        <translation type="obsolete">Stichprobe (Startwert {seed}): {producers}, {rows}: {classes}</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="obsolete">; </translation>
    </message>
    <message>
        <source>no producers</source>
        <translation type="obsolete">keine Erzeuger</translation>
    </message>
    <message>
        <source>{n} producer</source>
        <translation type="obsolete">{n} Erzeuger</translation>
    </message>
    <message>
        <source>{n} producers</source>
        <translation type="obsolete">{n} Erzeuger</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation type="obsolete">{n} Zeile</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation type="obsolete">{n} Zeilen</translation>
    </message>
    <message>
        <source>Check sample (seed {seed}): {producers} producer(s), {rows} row(s): {classes}</source>
        <translation type="obsolete">Stichprobe (Startwert {seed}): {producers} Erzeuger, {rows} Zeile(n): {classes}</translation>
    </message>
    <message>
        <source>The check sample could not be drawn: see the Processing log.</source>
        <translation type="obsolete">Die Stichprobe konnte nicht gezogen werden: siehe Protokollmeldungen (Reiter Verarbeitung).</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../ui/assessment_filters.py"/>
        <source>QGIS refused the filter on the layer ({filter}): the map shows every producer.</source>
        <translation>QGIS hat den Filter auf dem Layer abgelehnt ({filter}): Die Karte zeigt alle Erzeuger.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Flat</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Grouped by producer</source>
        <translation>Nach Erzeuger gruppiert</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Drill-down plots</source>
        <translation>Parzellen (Detailansicht)</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Total Assessments</source>
        <translation>Bewertungen gesamt</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Medium Risk (≤5%)</source>
        <translation>Mittleres Risiko (≤5%)</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>No non-compliant area and no non-compliant plot.</source>
        <translation>Keine nicht konforme Fläche und keine nicht konforme Parzelle.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>More than {share} % of the area or more than {plots} plots non-compliant.</source>
        <translation>Mehr als {share} % der Fläche oder mehr als {plots} Parzellen nicht konform.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Some non-compliance: at most {share} % of the area and at most {plots} plots.</source>
        <translation>Teilweise nicht konform: höchstens {share} % der Fläche und höchstens {plots} Parzellen.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>No confidence level and no non-compliance figure, or a figure that cannot be used (the layer&apos;s Skip reason field says which).</source>
        <translation>Kein Konfidenzniveau und keine Nichtkonformitätszahl, oder eine unbrauchbare Zahl (das Feld Auslassungsgrund des Layers nennt sie).</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>At most {area} ha deforested after 2020.</source>
        <translation>Höchstens {area} ha nach 2020 entwaldet.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>More than {area} ha deforested after 2020.</source>
        <translation>Mehr als {area} ha nach 2020 entwaldet.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU high risk</source>
        <translation>EU-Risiko hoch</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU standard risk</source>
        <translation>EU-Risiko normal</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU low risk</source>
        <translation>EU-Risiko gering</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU risk unknown</source>
        <translation>EU: Risiko unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{risk} · {share} %</source>
        <translation>{risk} · {share} %</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{n} producer</source>
        <translation>{n} Erzeuger</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{n} producers</source>
        <translation>{n} Erzeuger</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{assessments} of {producers}: one assessment per collection; a producer with several collections counts once in the check sample.</source>
        <translation>{assessments} von {producers}: eine Bewertung je Sammlung; ein Erzeuger mit mehreren Sammlungen zählt in der Stichprobe einmal.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{assessments} of {producers} in this class: the check sample picks {share} % of these producers, at least one.</source>
        <translation>{assessments} von {producers} in dieser Stufe: die Stichprobe wählt {share} % dieser Erzeuger, mindestens einen.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Total Plots</source>
        <translation>Parzellen gesamt</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>The plots of the collection drilled down.</source>
        <translation>Die Parzellen der Sammlung in der Detailansicht.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>All plots</source>
        <translation>Alle Parzellen</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Epoch and the second opinion disagree</source>
        <translation>Epoch und Zweitmeinung weichen ab</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Second opinion: {verdict}</source>
        <translation>Zweitmeinung: {verdict}</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Epoch has no plots for {producer}: nothing was added to the map.</source>
        <translation>Epoch hat keine Parzellen für {producer}: Der Karte wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Your plot id</source>
        <translation>Ihre Parzellen-ID</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Drill-down plots: {layer}</source>
        <translation>Detailansicht: {layer}</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Select an assessed producer (Not Assessable rows have no DDS).</source>
        <translation>Wählen Sie einen bewerteten Erzeuger aus (Zeilen „Nicht bewertbar“ haben keine DDS).</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Save the Due Diligence Statement</source>
        <translation>Sorgfaltserklärung speichern</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Downloading DDS</source>
        <translation>DDS wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Saved {path} ({n} files). Load its GeoJSON as layers or open its PDF with the buttons above.</source>
        <translation>{path} gespeichert ({n} Dateien). Laden Sie das GeoJSON als Layer oder öffnen Sie das PDF mit den Schaltflächen oben.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Cannot read {path} ({reason}): download the DDS again.</source>
        <translation>{path} kann nicht gelesen werden ({reason}): Laden Sie die DDS erneut herunter.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>{n} DDS layer added.</source>
        <translation>{n} DDS-Layer hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>{n} DDS layers added.</source>
        <translation>{n} DDS-Layer hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Opening the DDS PDF</source>
        <translation>DDS-PDF wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load assessments</source>
        <translation>Bewertungen laden</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Assessments per EU country risk class (Implementing Regulation (EU) 2025/1093) and the share of operators a competent authority checks each year.</source>
        <translation>Bewertungen je EU-Länderrisikostufe (Durchführungsverordnung (EU) 2025/1093) und der Anteil der Marktteilnehmer, den die zuständige Behörde jährlich kontrolliert.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Search producer, commodity, country ...</source>
        <translation>Erzeuger, Rohstoff, Land suchen ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All EU risk classes</source>
        <translation>Alle EU-Risikostufen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Sample only</source>
        <translation>Nur Stichprobe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Only the producers in the check sample drawn (the table and the map).</source>
        <translation>Nur die Erzeuger der gezogenen Stichprobe (in der Tabelle und auf der Karte).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>No producer matches these filters: the map shows none either.</source>
        <translation>Kein Erzeuger entspricht diesen Filtern: Auch die Karte zeigt keinen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill down</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Download DDS</source>
        <translation>DDS herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Check sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Pick the producers to check: at least 9 % / 3 % / 1 % per EU country risk class, highest Epoch risk first (the same seed gives the same sample).</source>
        <translation>Zu kontrollierende Erzeuger auswählen: mindestens 9 % / 3 % / 1 % je EU-Länderrisikostufe, höchstes Epoch-Risiko zuerst (derselbe Startwert ergibt dieselbe Stichprobe).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>seed </source>
        <translation>Startwert </translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Breaks ties between equally risky producers; keep it to draw the same sample again.</source>
        <translation>Entscheidet zwischen gleich riskanten Erzeugern; behalten Sie ihn bei, um dieselbe Stichprobe erneut zu ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Field report (PDF)</source>
        <translation>Feldbericht (PDF)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>A PDF section per selected producer (or all, up to 200): map, plots to visit with coordinates, risks; and a QField-ready copy next to it.</source>
        <translation>Ein PDF-Abschnitt je ausgewähltem Erzeuger (oder alle, bis 200): Karte, zu besuchende Parzellen mit Koordinaten, Risiken; dazu eine QField-fähige Kopie daneben.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open the last field report written (PDF).</source>
        <translation>Den zuletzt geschriebenen Feldbericht öffnen (PDF).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>QGIS refused the filter on the layer ({filter}): the map shows every plot.</source>
        <translation>QGIS hat den Filter auf dem Layer abgelehnt ({filter}): Die Karte zeigt alle Parzellen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load DDS layers</source>
        <translation>DDS-Layer laden</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open DDS PDF</source>
        <translation>DDS-PDF öffnen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Cannot read the table: {reason}</source>
        <translation>Die Tabelle kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Not Assessable: there is no DDS to export.</source>
        <translation>Nicht bewertbar: Es gibt keine DDS zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Loading assessments</source>
        <translation>Bewertungen werden geladen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>No plot matches this filter: the map shows none either.</source>
        <translation>Keine Parzelle entspricht diesem Filter: Die Karte zeigt ebenfalls keine.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All commodities</source>
        <translation>Alle Rohstoffe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Select a producer row first.</source>
        <translation>Wählen Sie zuerst eine Erzeugerzeile aus.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down: {producer}</source>
        <translation>Detailansicht: {producer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down</source>
        <translation>Detailansicht</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load the assessments first.</source>
        <translation>Laden Sie zuerst die Bewertungen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drawing the check sample</source>
        <translation>Stichprobe wird gezogen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>The check sample is empty: no producers loaded.</source>
        <translation>Die Stichprobe ist leer: keine Erzeuger geladen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Save the field report</source>
        <translation>Feldbericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Writing the field report</source>
        <translation>Feldbericht wird geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open {path} in the PDF viewer</source>
        <translation>{path} im PDF-Betrachter öffnen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Collection {id} is ready: load the assessments to see it.</source>
        <translation>Sammlung {id} ist fertig: Laden Sie die Bewertungen, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>{n} collections are ready: load the assessments to see them.</source>
        <translation>{n} Sammlungen sind fertig: Laden Sie die Bewertungen, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Total Producers</source>
        <translation type="obsolete">Erzeuger gesamt</translation>
    </message>
    <message>
        <source>Producers per EU country risk class (Implementing Regulation (EU) 2025/1093) and the share of operators a competent authority checks each year.</source>
        <translation type="obsolete">Erzeuger je EU-Länderrisikostufe (Durchführungsverordnung (EU) 2025/1093) und der Anteil der Marktteilnehmer, den die zuständige Behörde jährlich kontrolliert.</translation>
    </message>
    <message>
        <source>{n} DDS layer(s) added.</source>
        <translation type="obsolete">DDS-Layer hinzugefügt: {n}.</translation>
    </message>
    <message>
        <source>Second opinion: NON_COMPLIANT</source>
        <translation type="obsolete">Zweitmeinung: NON_COMPLIANT</translation>
    </message>
    <message>
        <source>Second opinion: NEEDS_REVIEW</source>
        <translation type="obsolete">Zweitmeinung: NEEDS_REVIEW</translation>
    </message>
</context>
<context>
    <name>AuthConfig</name>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The QGIS authentication system is not available: open Settings &gt; Options &gt; Authentication and set a master password.</source>
        <translation>Das QGIS-Authentifizierungssystem ist nicht verfügbar: Öffnen Sie Einstellungen &gt; Optionen &gt; Authentifizierung und legen Sie ein Master-Passwort fest.</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Unknown login kind {kind}</source>
        <translation>Unbekannte Anmeldeart {kind}</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Enter both the email (or user id) and the password (or API key).</source>
        <translation>Geben Sie sowohl die E-Mail-Adresse (oder Benutzer-ID) als auch das Passwort (oder den API-Schlüssel) ein.</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>QGIS could not store the credentials (is the master password set?).</source>
        <translation>QGIS konnte die Zugangsdaten nicht speichern (ist das Master-Passwort gesetzt?).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>No Epoch login configured: pick or create an authentication configuration.</source>
        <translation>Keine Epoch-Anmeldung eingerichtet: Wählen oder erstellen Sie eine Authentifizierungskonfiguration.</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{authcfg}&apos; was not found or could not be decrypted (check the QGIS master password).</source>
        <translation>Die Authentifizierungskonfiguration „{authcfg}“ wurde nicht gefunden oder konnte nicht entschlüsselt werden (prüfen Sie das QGIS-Master-Passwort).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{name}&apos; uses the {method} method; Epoch needs a Basic configuration (email and password, or user id and API key).</source>
        <translation>Die Authentifizierungskonfiguration „{name}“ verwendet die Methode {method}; Epoch benötigt eine Basic-Konfiguration (E-Mail und Passwort oder Benutzer-ID und API-Schlüssel).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The authentication configuration has an empty user name or password.</source>
        <translation>Die Authentifizierungskonfiguration hat einen leeren Benutzernamen oder ein leeres Passwort.</translation>
    </message>
</context>
<context>
    <name>ChangeStyles</name>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status worse</source>
        <translation>Status schlechter</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>New producer</source>
        <translation>Neuer Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Producer gone</source>
        <translation>Erzeuger entfallen</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Same status, figures changed</source>
        <translation>Gleicher Status, Zahlen geändert</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status better</source>
        <translation>Status besser</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Change (label)</source>
        <translation>Änderung (Beschriftung)</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Producer</source>
        <translation>Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Commodity</source>
        <translation>Rohstoff</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status before</source>
        <translation>Status vorher</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status now</source>
        <translation>Status jetzt</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Risk rank before</source>
        <translation>Risikorang vorher</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Risk rank now</source>
        <translation>Risikorang jetzt</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots before</source>
        <translation>Nicht konforme Parzellen vorher</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots now</source>
        <translation>Nicht konforme Parzellen jetzt</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots</source>
        <translation>Nicht konforme Parzellen</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % before</source>
        <translation>% nicht konform vorher</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % now</source>
        <translation>% nicht konform jetzt</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC %</source>
        <translation>% nicht konform</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 before</source>
        <translation>Artikel 10 vorher</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 now</source>
        <translation>Artikel 10 jetzt</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10</source>
        <translation>Artikel 10</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Draw order</source>
        <translation>Zeichenreihenfolge</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Matched by</source>
        <translation>Zugeordnet über</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots {before} → {after}</source>
        <translation>Nicht konforme Parzellen {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % {before} → {after}</source>
        <translation>% nicht konform {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 {before} → {after}</source>
        <translation>Artikel 10 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>was {status}</source>
        <translation>war {status}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with the load kept as {snapshot}</source>
        <translation>Verglichen mit dem als {snapshot} gespeicherten Abruf</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with the layer {layer}</source>
        <translation>Verglichen mit dem Layer {layer}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with {what}</source>
        <translation>Verglichen mit {what}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>{producer} ({commodity}, {country})</source>
        <translation>{producer} ({commodity}, {country})</translation>
    </message>
    <message>
        <source>new: {status}</source>
        <translation type="obsolete">neu: {status}</translation>
    </message>
    <message>
        <source>gone (was {status})</source>
        <translation type="obsolete">entfallen (war {status})</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No producer worse since {since}</source>
        <translation>Kein Erzeuger schlechter seit {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>1 producer worse since {since}</source>
        <translation>1 Erzeuger schlechter seit {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>{n} producers worse since {since}</source>
        <translation>{n} Erzeuger schlechter seit {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No change in {n} producer since {since}.</source>
        <translation>Keine Änderung bei {n} Erzeuger seit {since}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No change in {n} producers since {since}.</source>
        <translation>Keine Änderung bei {n} Erzeugern seit {since}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>1 producer changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} with other figures changed ({both} in both loads).</source>
        <translation>1 Erzeuger hat sich seit {since} geändert: {worse} schlechter, {better} besser, {new} neu, {gone} entfallen, {other} mit anderen geänderten Zahlen ({both} in beiden Abrufen).</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>{n} producers changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} with other figures changed ({both} in both loads).</source>
        <translation>{n} Erzeuger haben sich seit {since} geändert: {worse} schlechter, {better} besser, {new} neu, {gone} entfallen, {other} mit anderen geänderten Zahlen ({both} in beiden Abrufen).</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>NC plots up for {plots_up}, down for {plots_down}; NC % up for {percent_up}, down for {percent_down}; Article 10 risk changed for {article10}.</source>
        <translation>Nicht konforme Parzellen gestiegen bei {plots_up}, gesunken bei {plots_down}; % nicht konform gestiegen bei {percent_up}, gesunken bei {percent_down}; Artikel-10-Risiko geändert bei {article10}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>The loads were filtered differently (then: {then}; now: {now}): producers outside a filter show as new or gone.</source>
        <translation>Die Abrufe wurden unterschiedlich gefiltert (damals: {then}; jetzt: {now}): Erzeuger außerhalb eines Filters erscheinen als neu oder entfallen.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>no filter</source>
        <translation>kein Filter</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>The monitoring windows differ (then: {then}; now: {now}): NC figures may move for that reason alone.</source>
        <translation>Die Überwachungszeiträume unterscheiden sich (damals: {then}; jetzt: {now}): Die Zahlen zur Nichtkonformität können sich allein deshalb verschieben.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>the default window</source>
        <translation>der Standardzeitraum</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes_task.py"/>
        <source>Changes since {when}</source>
        <translation>Änderungen seit {when}</translation>
    </message>
    <message>
        <source>The monitoring windows differ (then {then_start} to {then_end}; now {now_start} to {now_end}): NC figures may move for that reason alone.</source>
        <translation type="obsolete">Die Überwachungszeiträume unterscheiden sich (damals {then_start} – {then_end}; jetzt {now_start} – {now_end}): Die Zahlen zu nicht konformen Parzellen können sich allein deshalb verschieben.</translation>
    </message>
    <message>
        <source>default</source>
        <translation type="obsolete">Standard</translation>
    </message>
    <message>
        <source>today</source>
        <translation type="obsolete">heute</translation>
    </message>
</context>
<context>
    <name>ChangesBox</name>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer worse since {day}</source>
        <translation>1 Erzeuger schlechter seit {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers worse since {day}</source>
        <translation>{n} Erzeuger schlechter seit {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer worse since the earlier load</source>
        <translation>1 Erzeuger schlechter seit dem früheren Abruf</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers worse since the earlier load</source>
        <translation>{n} Erzeuger schlechter seit dem früheren Abruf</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer changed since {day}</source>
        <translation>1 Erzeuger geändert seit {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers changed since {day}</source>
        <translation>{n} Erzeuger geändert seit {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer changed since the earlier load</source>
        <translation>1 Erzeuger seit dem früheren Abruf geändert</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers changed since the earlier load</source>
        <translation>{n} Erzeuger seit dem früheren Abruf geändert</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>No change since {day}</source>
        <translation>Keine Änderung seit {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>No change since the earlier load</source>
        <translation>Keine Änderung seit dem früheren Abruf</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>worse: {worse} · better: {better} · new: {new} · gone: {gone}</source>
        <translation>schlechter: {worse} · besser: {better} · neu: {new} · entfallen: {gone}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>The earlier load to compare the assessments shown with (kept in the results file).</source>
        <translation>Der frühere Abruf, mit dem die angezeigten Bewertungen verglichen werden (in der Ergebnisdatei gespeichert).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Show changes</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>A layer of what changed since that load: worse in red, better in green, new, gone, NC plots and Article 10 risk moved.</source>
        <translation>Ein Layer mit den Änderungen seit diesem Abruf: schlechter in Rot, besser in Grün, neu, entfallen, geänderte nicht konforme Parzellen und geändertes Artikel-10-Risiko.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes since</source>
        <translation>Änderungen seit</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Earlier loads kept in the results file for Changes since: the last N loads, newer than D days (0 = no limit). Older ones are deleted at the next load; the {n} latest are always kept.</source>
        <translation>Frühere Abrufe, die in der Ergebnisdatei für „Änderungen seit“ aufbewahrt werden: die letzten N Abrufe, jünger als D Tage (0 = keine Grenze). Ältere werden beim nächsten Abruf gelöscht; die {n} neuesten werden immer aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Loads kept:</source>
        <translation>Behaltene Abrufe:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Days kept:</source>
        <translation>Behaltene Tage:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes not computed: {reason}</source>
        <translation>Änderungen nicht berechnet: {reason}</translation>
    </message>
    <message>
        <source> loads</source>
        <translation type="obsolete"> Abrufe</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="obsolete"> Tage</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation type="obsolete">Die letzten</translation>
    </message>
    <message>
        <source>within</source>
        <translation type="obsolete">aufbewahren, höchstens</translation>
    </message>
    <message>
        <source>the earlier load</source>
        <translation type="obsolete">dem früheren Abruf</translation>
    </message>
</context>
<context>
    <name>CheckSample</name>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Risk-based check sample (EU country benchmarking)</source>
        <translation>Risikobasierte Kontrollstichprobe (Länder-Benchmarking der EU)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Picks the producers a competent authority checks, from an assessments layer (e.g. the output of fetch_assessments): per EU country risk class (Implementing Regulation (EU) 2025/1093) at least the share of Regulation (EU) 2023/1115, Art. 16 (9 % high, 3 % standard, 1 % low; rounded up, at least one per class), highest Epoch risk first (risk rank, then non-compliant area, then non-compliant plots). Producers whose country is unknown are sampled at the standard share. SEED breaks ties and draws the RANDOM_SHARE of each class at random: the same seed gives the same sample. Writes every row of the picked producers with eu_country_risk, eu_check_share, sample_order and sample_reason. No server.</source>
        <translation>Wählt aus einem Bewertungslayer (z. B. der Ausgabe von fetch_assessments) die Erzeuger aus, die eine zuständige Behörde kontrolliert: je EU-Länderrisikostufe (Durchführungsverordnung (EU) 2025/1093) mindestens den Anteil nach Verordnung (EU) 2023/1115, Art. 16 (9 % hoch, 3 % normal, 1 % gering; aufgerundet, mindestens einer je Stufe), höchstes Epoch-Risiko zuerst (Risikorang, dann nicht konforme Fläche, dann nicht konforme Parzellen). Erzeuger aus unbekanntem Land werden mit dem Anteil für normales Risiko berücksichtigt. SEED entscheidet bei Gleichstand und zieht den RANDOM_SHARE jeder Stufe zufällig: derselbe Startwert ergibt dieselbe Stichprobe. Schreibt alle Zeilen der ausgewählten Erzeuger mit eu_country_risk, eu_check_share, sample_order und sample_reason. Ohne Server.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producer assessments</source>
        <translation>Erzeugerbewertungen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Selected features only</source>
        <translation>Nur gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Seed (ties and random picks)</source>
        <translation>Startwert (Gleichstände und Zufallsauswahl)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Share of each class drawn at random (0 to 1)</source>
        <translation>Zufällig gezogener Anteil je Stufe (0 bis 1)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Check sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producers picked per class</source>
        <translation>Ausgewählte Erzeuger je Stufe</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Rows picked</source>
        <translation>Ausgewählte Zeilen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Per class: risk, share, population, picked (JSON)</source>
        <translation>Je Klasse: Risiko, Anteil, Grundgesamtheit, gezogen (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>No input layer.</source>
        <translation>Kein Eingabelayer.</translation>
    </message>
</context>
<context>
    <name>CheckSampleWords</name>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>high risk</source>
        <translation>hohes Risiko</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>standard risk</source>
        <translation>normales Risiko</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>low risk</source>
        <translation>geringes Risiko</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>unknown country</source>
        <translation>unbekanntes Land</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{risk}: {picked} of {population} ({share} %)</source>
        <translation>{risk}: {picked} von {population} ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>Check sample (seed {seed}): {producers}, {rows}: {classes}</source>
        <translation>Stichprobe (Startwert {seed}): {producers}, {rows}: {classes}</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>no producers</source>
        <translation>keine Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} producer</source>
        <translation>{n} Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} producers</source>
        <translation>{n} Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} row</source>
        <translation>{n} Zeile</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../processing_provider/choices.py"/>
        <source>{parameter}: &apos;{value}&apos; is not one of its choices: {choices} (give the name or the number).</source>
        <translation>{parameter}: „{value}“ ist keine der Auswahlmöglichkeiten: {choices} (Namen oder Nummer angeben).</translation>
    </message>
</context>
<context>
    <name>ClientFactory</name>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>Only {names} is set: set EPOCH_EMAIL and EPOCH_PASSWORD, or EPOCH_API_KEY and EPOCH_USER_ID.</source>
        <translation>Nur {names} ist gesetzt: Setzen Sie EPOCH_EMAIL und EPOCH_PASSWORD oder EPOCH_API_KEY und EPOCH_USER_ID.</translation>
    </message>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>No Epoch login: give an authentication configuration (AUTHCFG), or set EPOCH_EMAIL and EPOCH_PASSWORD (or EPOCH_API_KEY and EPOCH_USER_ID).</source>
        <translation>Keine Epoch-Anmeldung: Geben Sie eine Authentifizierungskonfiguration an (AUTHCFG) oder setzen Sie EPOCH_EMAIL und EPOCH_PASSWORD (oder EPOCH_API_KEY und EPOCH_USER_ID).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer</source>
        <translation>Erzeuger</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Commodity</source>
        <translation>Rohstoff</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Admin 1</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>EU country risk</source>
        <translation>EU-Länderrisiko</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Assessment</source>
        <translation>Bewertungsart</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC Plots</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC %</source>
        <translation>% nicht konform</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Article 10</source>
        <translation>Art. 10</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Plot</source>
        <translation>Parzelle</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>2nd opinion</source>
        <translation>Zweitmeinung</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Area (ha)</source>
        <translation>Fläche (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC area (ha)</source>
        <translation>Nicht konform (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Disagree</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Facility ID</source>
        <translation>Betriebs-ID</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Comm. Presence</source>
        <translation>Rohstoff vorh.</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>POI</source>
        <translation>POI</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Road</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Port</source>
        <translation>Hafen</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>High Density</source>
        <translation>Hohe Dichte</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer Name</source>
        <translation>Erzeugername</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Protected area</source>
        <translation>Schutzgebiet</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Deforestation (ha)</source>
        <translation>Entwaldung (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Source feature</source>
        <translation>Quellobjekt</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Data error</source>
        <translation>Datenfehler</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Data note</source>
        <translation>Datenhinweis</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>CompareAssessments</name>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers worse</source>
        <translation>Erzeuger schlechter</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers better</source>
        <translation>Erzeuger besser</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>New producers</source>
        <translation>Neue Erzeuger</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers gone</source>
        <translation>Entfallene Erzeuger</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Same status, figures changed</source>
        <translation>Gleicher Status, Zahlen geändert</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>CURRENT: choose the assessments layer to compare</source>
        <translation>CURRENT: Wählen Sie den zu vergleichenden Bewertungslayer</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>SNAPSHOT: snapshots are kept in the GeoPackage the assessments were loaded into; CURRENT is not a whole layer of a GeoPackage. Choose that layer as CURRENT, or give an EARLIER layer.</source>
        <translation>SNAPSHOT: Snapshots werden in dem GeoPackage gespeichert, in das die Bewertungen geladen wurden; CURRENT ist kein vollständiger Layer eines GeoPackage. Wählen Sie diesen Layer als CURRENT oder geben Sie einen EARLIER-Layer an.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Comparing {layer} with the snapshot of {snapshot}</source>
        <translation>{layer} wird mit dem Snapshot vom {snapshot} verglichen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compare assessments (changes since an earlier load)</source>
        <translation>Bewertungen vergleichen (Änderungen seit einem früheren Abruf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compares the CURRENT assessments with an earlier load: the EARLIER layer when given, else the SNAPSHOT kept in CURRENT&apos;s GeoPackage (every load of assessments keeps one). SNAPSHOT: &apos;previous&apos; (the load before the current one), &apos;latest&apos;, &apos;oldest&apos;, a snapshot id such as 20261102T101500, or a day (YYYY-MM-DD: the last snapshot taken that day or before). Producers are matched by collection_id, else by company, commodity and country. OUTPUT holds one point per change: new, gone, worse or better (by risk_rank), or &apos;changed&apos; (same status; NC plots, NC % or Article 10 risk moved), with the values before and after; worse in red, better in green. SUMMARY is one line; WORSE, BETTER, NEW, GONE and CHANGED are counts, for a model or a scheduled qgis_process run. No network.</source>
        <translation>Vergleicht die aktuellen Bewertungen (CURRENT) mit einem früheren Abruf: mit dem EARLIER-Layer, falls angegeben, sonst mit dem SNAPSHOT im GeoPackage von CURRENT (jeder Abruf von Bewertungen speichert einen). SNAPSHOT: &apos;previous&apos; (der Abruf vor dem aktuellen), &apos;latest&apos;, &apos;oldest&apos;, eine Snapshot-ID wie 20261102T101500 oder ein Tag (YYYY-MM-DD: der letzte Snapshot an diesem Tag oder davor). Erzeuger werden über collection_id zugeordnet, sonst über Unternehmen, Rohstoff und Land. OUTPUT enthält einen Punkt je Änderung: neu, entfallen, schlechter oder besser (nach risk_rank) oder &apos;changed&apos; (gleicher Status; nicht konforme Parzellen, % nicht konform oder Artikel-10-Risiko geändert), mit den Werten vorher und nachher; schlechter in Rot, besser in Grün. SUMMARY ist eine Zeile; WORSE, BETTER, NEW, GONE und CHANGED sind Anzahlen, für ein Modell oder einen geplanten qgis_process-Lauf. Ohne Netzwerk.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Current assessments</source>
        <translation>Aktuelle Bewertungen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier assessments (layer)</source>
        <translation>Frühere Bewertungen (Layer)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier snapshot, when no EARLIER layer (previous, latest, oldest, an id or a day)</source>
        <translation>Früherer Snapshot, wenn kein EARLIER-Layer (previous, latest, oldest, eine ID oder ein Tag)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Include unchanged producers</source>
        <translation>Unveränderte Erzeuger einbeziehen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Headline (producers worse since ...)</source>
        <translation>Überschrift (Erzeuger schlechter seit ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Every count (JSON)</source>
        <translation>Alle Anzahlen (JSON)</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Production (epoch-sco2-api.com)</source>
        <translation>Produktion (epoch-sco2-api.com)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sandbox (local, synthetic results)</source>
        <translation>Sandbox (lokal, synthetische Ergebnisse)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sign in with {login} / {password}.</source>
        <translation>Melden Sie sich mit {login} / {password} an.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login (stored in the QGIS authentication database)</source>
        <translation>Anmeldung (QGIS-Authentifizierungsdatenbank)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email and password</source>
        <translation>E-Mail + Passwort</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key and user id</source>
        <translation>API-Schlüssel + Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Save as new login</source>
        <translation>Als neue Anmeldung speichern</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login saved as QGIS authentication configuration {authcfg}.</source>
        <translation>Anmeldung als QGIS-Authentifizierungskonfiguration {authcfg} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connecting to {url} ...</source>
        <translation>Verbindung zu {url} wird hergestellt ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connected to {url} as {identity}.</source>
        <translation>Verbunden mit {url} als {identity}.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Not signed in: add Epoch credentials first.</source>
        <translation>Nicht angemeldet: Hinterlegen Sie zuerst Epoch-Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The secure connection to {host} failed (certificate not trusted?). Check the server address, or set the CA bundle your organisation uses.</source>
        <translation>Die sichere Verbindung zu {host} ist fehlgeschlagen (Zertifikat nicht vertrauenswürdig?). Prüfen Sie die Serveradresse oder legen Sie das CA-Bundle Ihrer Organisation fest.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The proxy refused the connection to {host}: check QGIS&apos;s proxy settings.</source>
        <translation>Der Proxy hat die Verbindung zu {host} abgelehnt: Prüfen Sie die Proxy-Einstellungen von QGIS.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{host} did not answer {path} within {seconds} s. Try again later, or send fewer locations at once.</source>
        <translation>{host} hat auf {path} nicht innerhalb von {seconds} s geantwortet. Versuchen Sie es später erneut oder senden Sie weniger Standorte auf einmal.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Could not reach {host} ({error}) after {tries} tries. Check your internet connection and the server address.</source>
        <translation>{host} war nach {tries} Versuchen nicht erreichbar ({error}). Prüfen Sie Ihre Internetverbindung und die Serveradresse.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The request to {host} for {path} failed ({error}). Check the server address and try again.</source>
        <translation>Die Anfrage an {host} für {path} ist fehlgeschlagen ({error}). Prüfen Sie die Serveradresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{host} did not answer {path} within {seconds} s (the overall limit for one request, set by EPOCH_REQUEST_DEADLINE_S): stopped waiting. Try again later.</source>
        <translation>{host} hat auf {path} nicht innerhalb von {seconds} s geantwortet (Gesamtgrenze für eine Anfrage, festgelegt durch EPOCH_REQUEST_DEADLINE_S): Warten beendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the credentials (expired or wrong). Sign in again in the Connection tab{suffix}</source>
        <translation>Epoch hat die Zugangsdaten abgelehnt (abgelaufen oder falsch). Melden Sie sich im Tab „Verbindung“ erneut an{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>This account is not allowed to use {path}{suffix}</source>
        <translation>Dieses Konto darf {path} nicht verwenden{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch is limiting requests from this account; try again in a few minutes{suffix}</source>
        <translation>Epoch begrenzt die Anfragen dieses Kontos; versuchen Sie es in einigen Minuten erneut{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch is limiting requests from this account; try again in {seconds} s{suffix}</source>
        <translation>Epoch begrenzt die Anfragen dieses Kontos; versuchen Sie es in {seconds} s erneut{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The Epoch server failed on {path} (HTTP {status}); try again later{suffix}</source>
        <translation>Der Epoch-Server hat bei {path} einen Fehler gemeldet (HTTP {status}); versuchen Sie es später erneut{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the request to {path}{suffix}</source>
        <translation>Epoch hat die Anfrage an {path} abgelehnt{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the request to {path} (no reason given)</source>
        <translation>Epoch hat die Anfrage an {path} abgelehnt (ohne Angabe von Gründen)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Unexpected answer HTTP {status} from {path}{suffix}</source>
        <translation>Unerwartete Antwort HTTP {status} von {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Nothing to submit: select at least one screened location</source>
        <translation>Nichts einzureichen: Wählen Sie mindestens einen Standort aus dem Screening aus</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Give the collection a name before submitting</source>
        <translation>Geben Sie der Sammlung vor dem Einreichen einen Namen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No collection id: pick an assessed producer first</source>
        <translation>Keine Sammlungs-ID: Wählen Sie zuerst einen bewerteten Erzeuger aus</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No collection to export: pick an assessed producer</source>
        <translation>Keine Sammlung zum Exportieren: Wählen Sie einen bewerteten Erzeuger aus</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{name}: only GeoJSON, CSV or XLSX files can be screened</source>
        <translation>{name}: Das Screening ist nur mit GeoJSON-, CSV- oder XLSX-Dateien möglich</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{name}: {text} is not a date; give it as YYYY-MM-DD (for example {example})</source>
        <translation>{name}: {text} ist kein Datum; geben Sie es als YYYY-MM-DD an (zum Beispiel {example})</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{end_name} ({last}) is before {start_name} ({first}): the monitoring window must end on or after its start</source>
        <translation>{end_name} ({last}) liegt vor {start_name} ({first}): Der Überwachungszeitraum muss an oder nach seinem Beginn enden</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; is not a server address: use a full URL such as {example}</source>
        <translation>„{text}“ ist keine Serveradresse: Verwenden Sie eine vollständige URL wie {example}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; uses plain http: credentials would travel unencrypted. Use https (plain http is only allowed for a server on this machine, such as the sandbox).</source>
        <translation>„{text}“ verwendet unverschlüsseltes http: Die Zugangsdaten würden unverschlüsselt übertragen. Verwenden Sie https (http ist nur für einen Server auf diesem Rechner erlaubt, etwa die Sandbox).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; must not contain &apos;?&apos; or &apos;#&apos;: give only the server address</source>
        <translation>„{text}“ darf weder &apos;?&apos; noch &apos;#&apos; enthalten: Geben Sie nur die Serveradresse an</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The commodity radius must be a number of metres above 0 and at most 100,000 (not {value}); leave it empty for Epoch&apos;s default of 5,000 m.</source>
        <translation>Der Rohstoffradius muss eine Meterzahl über 0 und höchstens 100.000 sein (nicht {value}); lassen Sie ihn leer für den Epoch-Standard von 5.000 m.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No geometry: draw the plot or give its location.</source>
        <translation>Keine Geometrie: Zeichnen Sie die Parzelle oder geben Sie ihre Lage an.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The geometry is empty: draw the plot again.</source>
        <translation>Die Geometrie ist leer: Zeichnen Sie die Parzelle erneut.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{kind} is not accepted: only Point, MultiPoint, Polygon, MultiPolygon and a GeometryCollection of these.</source>
        <translation>{kind} wird nicht akzeptiert: nur Point, MultiPoint, Polygon, MultiPolygon und eine GeometryCollection daraus.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Coordinates outside longitude -180..180 / latitude -90..90: the layer is not in EPSG:4326 or longitude and latitude are swapped.</source>
        <translation>Koordinaten außerhalb von Längengrad -180..180 / Breitengrad -90..90: Der Layer ist nicht in EPSG:4326 oder Längen- und Breitengrad sind vertauscht.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Has {what} values; the EU file is 2D (they are dropped).</source>
        <translation>Enthält {what}-Werte; die EU-Datei ist 2D (sie werden verworfen).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{share:.0%} of the coordinates have fewer than 6 decimals (the EU asks for 6).</source>
        <translation>{share:.0%} der Koordinaten haben weniger als 6 Nachkommastellen (die EU verlangt 6).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} vertices collapse into their neighbour when cut to 6 decimals{after}.</source>
        <translation>{count} Stützpunkte fallen beim Abschneiden auf 6 Nachkommastellen mit ihrem Nachbarn zusammen{after}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The outline crosses itself ({reason}); fix it or apply &apos;make valid&apos;.</source>
        <translation>Der Umriss schneidet sich selbst ({reason}); korrigieren Sie ihn oder wenden Sie &apos;make valid&apos; an.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Invalid geometry: {reason}.</source>
        <translation>Ungültige Geometrie: {reason}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>A ring has fewer than 4 positions (or is collinear): not a polygon.</source>
        <translation>Ein Ring hat weniger als 4 Positionen (oder ist kollinear): kein Polygon.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Holes in the plot: {count}; the EU reads only the outer ring: split the plot around each hole.</source>
        <translation>Löcher in der Parzelle: {count}; die EU liest nur den äußeren Ring: Teilen Sie die Parzelle um jedes Loch herum auf.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} separate polygons in one feature: the EU expects one polygon per plot.</source>
        <translation>{count} getrennte Polygone in einem Objekt: Die EU erwartet ein Polygon je Parzelle.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: a point stands for a plot of at most 4 ha, but Area is {area} ha: draw the plot as a polygon.</source>
        <translation>{feature}: Ein Punkt steht für eine Parzelle von höchstens 4 ha, aber Area ist {area} ha: Zeichnen Sie die Parzelle als Polygon.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: a point without Area is taken as 4 ha{hint}: give its Area in hectares.</source>
        <translation>{feature}: Ein Punkt ohne Area gilt als 4 ha{hint}: Geben Sie seine Area in Hektar an.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area is the text {value!r}; the EU reads text as 0: make it a number.</source>
        <translation>{feature}: Area ist der Text {value!r}; die EU liest Text als 0: Geben Sie eine Zahl an.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area {area} ha is below the EU minimum of 0.0001 ha.</source>
        <translation>{feature}: Area {area} ha liegt unter dem EU-Minimum von 0,0001 ha.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area says {declared} ha but the plot drawn measures {measured} ha: correct the Area or the outline.</source>
        <translation>{feature}: Area gibt {declared} ha an, die gezeichnete Parzelle misst aber {measured} ha: Korrigieren Sie Area oder den Umriss.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat} is beyond 90, so &apos;{lat_field}&apos; and &apos;{lon_field}&apos; look swapped: read as longitude {lon_read}, latitude {lat_read}.</source>
        <translation>Breitengrad {lat} liegt über 90, daher scheinen „{lat_field}“ und „{lon_field}“ vertauscht: gelesen als Längengrad {lon_read}, Breitengrad {lat_read}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry {problem}: give the ISO 3166-1 alpha-2 code.</source>
        <translation>ProducerCountry {problem}: Geben Sie den Code nach ISO 3166-1 alpha-2 an.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry is {given} but the plot lies in {found}.</source>
        <translation>ProducerCountry ist {given}, aber die Parzelle liegt in {found}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{area:,.0f} ha is over Epoch&apos;s API limit of 100,000 ha per plot (the EU sets no area limit: the TRACES export accepts it).</source>
        <translation>{area:,.0f} ha liegt über dem Epoch-API-Limit von 100.000 ha je Parzelle (die EU setzt keine Flächengrenze: der TRACES-Export akzeptiert sie).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>A ring&apos;s last position is not its first: the EU system refuses the file as uploaded (QGIS and GDAL close it silently on reading).</source>
        <translation>Die letzte Position eines Rings ist nicht seine erste: Das EU-System lehnt die Datei so ab (QGIS und GDAL schließen den Ring beim Lesen stillschweigend).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The Point&apos;s coordinates are written [[x, y]]; the EU expects one position [x, y] (QGIS reads it anyway, the EU system does not).</source>
        <translation>Die Koordinaten des Point sind als [[x, y]] geschrieben; die EU erwartet eine Position [x, y] (QGIS liest sie trotzdem, das EU-System nicht).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The property {given!r} is ignored by the EU system: its name is {proper!r} (names are case-sensitive).</source>
        <translation>Die Eigenschaft {given!r} wird vom EU-System ignoriert: Ihr Name ist {proper!r} (Groß-/Kleinschreibung wird unterschieden).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry {given!r} is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>ProducerCountry {given!r} ist kein Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The plot lies in no country: are longitude and latitude swapped, or is it at sea?</source>
        <translation>Die Parzelle liegt in keinem Land: Sind Längen- und Breitengrad vertauscht, oder liegt sie auf See?</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Same geometry as feature {other}: the same plot twice?</source>
        <translation>Gleiche Geometrie wie Objekt {other}: dieselbe Parzelle doppelt?</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat:.2f} is outside the viable range for {commodity}.</source>
        <translation>Breitengrad {lat:.2f} liegt außerhalb des für {commodity} geeigneten Bereichs.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat:.2f} is beyond where {commodity} is grown.</source>
        <translation>Breitengrad {lat:.2f} liegt jenseits der Anbaugebiete von {commodity}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{country} is not a known {commodity}-producing country.</source>
        <translation>{country} ist kein bekanntes Erzeugerland für {commodity}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{country} is {risk} risk in the EU country benchmarking (Implementing Regulation (EU) 2025/1093): competent authorities check at least {share} % of its operators.</source>
        <translation>{country}: Risikostufe „{risk}“ im Länder-Benchmarking der EU (Durchführungsverordnung (EU) 2025/1093): Die zuständigen Behörden kontrollieren mindestens {share} % der betreffenden Marktteilnehmer.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>standard</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>, which makes it invalid ({reason})</source>
        <translation>, wodurch die Geometrie ungültig wird ({reason})</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source> (the field {name} is ignored: the EU reads only &apos;Area&apos;)</source>
        <translation> (das Feld {name} wird ignoriert: die EU liest nur „Area“)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{value} is not a two-letter code</source>
        <translation>{value} ist kein zweistelliger Buchstabencode</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>High Risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Medium Risk</source>
        <translation>Mittleres Risiko</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Not Assessable</source>
        <translation>Nicht bewertbar</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Non-Compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Data Error</source>
        <translation>Datenfehler</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment</source>
        <translation>{n} Erzeugerbewertung</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments</source>
        <translation>{n} Erzeugerbewertungen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot</source>
        <translation>{n} Parzelle</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots</source>
        <translation>{n} Parzellen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility</source>
        <translation>{n} Betrieb</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities</source>
        <translation>{n} Betriebe</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} feature</source>
        <translation>{n} Objekt</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features</source>
        <translation>{n} Objekte</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} supply-shed outline</source>
        <translation>{n} Einzugsgebietsumriss</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} supply-shed outlines</source>
        <translation>{n} Einzugsgebietsumrisse</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} checked facility</source>
        <translation>{n} geprüfter Betrieb</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} checked facilities</source>
        <translation>{n} geprüfte Betriebe</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} legality source</source>
        <translation>{n} Legalitätsquelle</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} legality sources</source>
        <translation>{n} Legalitätsquellen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} {status}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot screened</source>
        <translation>Screening von {n} Parzelle abgeschlossen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots screened</source>
        <translation>Screening von {n} Parzellen abgeschlossen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot screened: {statuses}</source>
        <translation>Screening von {n} Parzelle abgeschlossen: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots screened: {statuses}</source>
        <translation>Screening von {n} Parzellen abgeschlossen: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility screened</source>
        <translation>Screening von {n} Betrieb abgeschlossen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities screened</source>
        <translation>Screening von {n} Betriebe abgeschlossen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility screened: {statuses}</source>
        <translation>Screening von {n} Betrieb abgeschlossen: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities screened: {statuses}</source>
        <translation>Screening von {n} Betriebe abgeschlossen: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment loaded</source>
        <translation>{n} Erzeugerbewertung geladen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments loaded</source>
        <translation>{n} Erzeugerbewertungen geladen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment loaded: {statuses}</source>
        <translation>{n} Erzeugerbewertung geladen: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments loaded: {statuses}</source>
        <translation>{n} Erzeugerbewertungen geladen: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot loaded</source>
        <translation>{n} Parzelle geladen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots loaded</source>
        <translation>{n} Parzellen geladen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot loaded: {statuses}</source>
        <translation>{n} Parzelle geladen: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots loaded: {statuses}</source>
        <translation>{n} Parzellen geladen: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Include deforestation</source>
        <translation>Entwaldung einbeziehen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Article 10 legality check</source>
        <translation>Legalitätsprüfung (Art. 10)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check road access</source>
        <translation>Straßenanbindung prüfen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check water access</source>
        <translation>Wasserzugang prüfen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check port proximity</source>
        <translation>Hafennähe prüfen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Legality sources (Article 10)</source>
        <translation>Legalitätsquellen (Artikel 10)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cocoa</source>
        <translation>Kakao</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Palm</source>
        <translation>Ölpalme</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Rubber</source>
        <translation>Kautschuk</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Soy</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Timber</source>
        <translation>Holz</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cattle</source>
        <translation>Rinder</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>no geometry: draw the plot or give its location</source>
        <translation>fehlender Geometrie: Zeichnen Sie die Parzelle oder geben Sie ihre Lage an</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an empty geometry: draw the plot again</source>
        <translation>leerer Geometrie: Zeichnen Sie die Parzelle erneut</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a geometry type the EU does not accept (only points and polygons)</source>
        <translation>einem Geometrietyp, den die EU nicht akzeptiert (nur Punkte und Polygone)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>coordinates outside longitude/latitude: not EPSG:4326, or longitude and latitude swapped</source>
        <translation>Koordinaten außerhalb von Längen-/Breitengrad: nicht EPSG:4326, oder Längen- und Breitengrad vertauscht</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Z or M values: the EU file is 2D (they are dropped)</source>
        <translation>Z- oder M-Werten: Die EU-Datei ist 2D (sie werden verworfen)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>coordinates with fewer than the 6 decimals the EU asks for</source>
        <translation>Koordinaten mit weniger als den 6 Nachkommastellen, die die EU verlangt</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>vertices that collapse when cut to 6 decimals</source>
        <translation>Stützpunkten, die beim Abschneiden auf 6 Nachkommastellen zusammenfallen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an outline that crosses itself: fix it or apply &apos;make valid&apos;</source>
        <translation>einem Umriss, der sich selbst schneidet: Korrigieren Sie ihn oder wenden Sie &apos;make valid&apos; an</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an invalid geometry</source>
        <translation>ungültiger Geometrie</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ring with fewer than 4 positions: not a polygon</source>
        <translation>einem Ring mit weniger als 4 Positionen: kein Polygon</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>holes: the EU reads only the outer ring</source>
        <translation>Löchern: Die EU liest nur den äußeren Ring</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>several polygons in one feature: the EU expects one polygon per plot</source>
        <translation>mehreren Polygonen: Die EU erwartet ein Polygon je Parzelle</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point for a plot over 4 ha: draw it as a polygon</source>
        <translation>einem Punkt für eine Parzelle über 4 ha: Zeichnen Sie sie als Polygon</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point without Area, taken as 4 ha: give its Area in hectares</source>
        <translation>einem Punkt ohne Area, als 4 ha gewertet: Geben Sie seine Area in Hektar an</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area that is text, which the EU reads as 0: make it a number</source>
        <translation>einer Area als Text, die die EU als 0 liest: Geben Sie eine Zahl an</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area below the EU minimum of 0.0001 ha</source>
        <translation>einer Area unter dem EU-Minimum von 0,0001 ha</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area that differs from the plot drawn</source>
        <translation>einer Area, die von der gezeichneten Parzelle abweicht</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>latitude and longitude columns that look swapped</source>
        <translation>Breiten- und Längengradspalten, die vertauscht scheinen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>no ISO 3166-1 alpha-2 ProducerCountry</source>
        <translation>fehlendem ProducerCountry (ISO 3166-1 alpha-2)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ProducerCountry other than the country the plot lies in</source>
        <translation>einem ProducerCountry, der nicht das Land der Parzelle ist</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a plot over Epoch&apos;s limit of 100,000 ha</source>
        <translation>einer Parzelle über dem Epoch-Limit von 100.000 ha</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ring that is not closed: the EU system refuses the file</source>
        <translation>einem nicht geschlossenen Ring: Das EU-System lehnt die Datei ab</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point written [[x, y]]: the EU system expects [x, y]</source>
        <translation>einem als [[x, y]] geschriebenen Punkt: Das EU-System erwartet [x, y]</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a property the EU system ignores because of its upper/lower case</source>
        <translation>einer Eigenschaft, die das EU-System wegen ihrer Groß-/Kleinschreibung ignoriert</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ProducerCountry that is not an ISO 3166-1 alpha-2 code</source>
        <translation>einem ProducerCountry, der kein Code nach ISO 3166-1 alpha-2 ist</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a plot that lies in no country (swapped coordinates, or at sea?)</source>
        <translation>einer Parzelle in keinem Land (Koordinaten vertauscht oder auf See?)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>the same geometry as another feature</source>
        <translation>derselben Geometrie wie ein anderes Objekt</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a latitude outside the viable range for the commodity</source>
        <translation>einem Breitengrad außerhalb des für den Rohstoff geeigneten Bereichs</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a latitude beyond where the commodity is grown</source>
        <translation>einem Breitengrad jenseits der Anbaugebiete des Rohstoffs</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a country not known to produce the commodity</source>
        <translation>einem Land, das nicht als Erzeugerland des Rohstoffs bekannt ist</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a country of standard or high risk in the EU benchmarking (checked more often)</source>
        <translation>einem Land mit normalem oder hohem Risiko im EU-Benchmarking (häufiger kontrolliert)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>1 feature with {issue}</source>
        <translation>1 Objekt mit {issue}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features with {issue}</source>
        <translation>{n} Objekte mit {issue}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>1 feature would be refused by the EU system: fix it before the upload.</source>
        <translation>1 Objekt würde vom EU-System abgelehnt: Korrigieren Sie es vor dem Upload.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features would be refused by the EU system: fix them before the upload.</source>
        <translation>{n} Objekte würden vom EU-System abgelehnt: Korrigieren Sie sie vor dem Upload.</translation>
    </message>
    <message>
        <source>{count} hole(s): the EU reads only the outer ring; split the plot around each hole.</source>
        <translation type="obsolete">{count} Loch/Löcher: Die EU liest nur den äußeren Ring; teilen Sie die Parzelle um jedes Loch herum auf.</translation>
    </message>
    <message>
        <source>{count} screened</source>
        <translation type="obsolete">Screening von {count} abgeschlossen</translation>
    </message>
    <message>
        <source>{count} loaded</source>
        <translation type="obsolete">{count} geladen</translation>
    </message>
</context>
<context>
    <name>Dock</name>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Assessments</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>EU Information System: due diligence statements and the verify register</source>
        <translation>EU-Informationssystem: Sorgfaltserklärungen und das Verifizierungsregister</translation>
    </message>
</context>
<context>
    <name>DownloadDds</name>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>ZIP files</source>
        <translation>ZIP-Dateien</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>{path}: {files} files, {size} bytes</source>
        <translation>{path}: {files} Dateien, {size} Bytes</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>&apos;{producer}&apos; (collection {id}) is Not Assessable ({reason}): it has no DDS to export; nothing was downloaded. Leave it out of COLLECTION_IDS.</source>
        <translation>„{producer}“ (Sammlung {id}) ist nicht bewertbar ({reason}): Es gibt keine DDS zum Exportieren; nichts wurde heruntergeladen. Nehmen Sie die Sammlung aus COLLECTION_IDS heraus.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Download Due Diligence Statement (ZIP)</source>
        <translation>Sorgfaltserklärung herunterladen (ZIP)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Downloads the DDS package of one or more collections (comma-separated ids). The file is written only once complete and verified; an existing file is kept if anything fails. A collection the server does not know, or a Not Assessable one (it has no DDS), is refused before anything is downloaded.</source>
        <translation>Lädt das DDS-Paket einer oder mehrerer Sammlungen herunter (IDs durch Komma getrennt). Die Datei wird erst geschrieben, wenn sie vollständig und geprüft ist; schlägt etwas fehl, bleibt eine vorhandene Datei erhalten. Eine Sammlung, die der Server nicht kennt, oder eine nicht bewertbare (ohne DDS) wird abgelehnt, bevor etwas heruntergeladen wird.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Collection ids (comma-separated)</source>
        <translation>Sammlungs-IDs (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>DDS ZIP</source>
        <translation>DDS-ZIP</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Files in the ZIP</source>
        <translation>Dateien im ZIP</translation>
    </message>
</context>
<context>
    <name>EpochAlgorithm</name>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Epoch API</source>
        <translation>Epoch-API</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Server URL. Empty: $EPOCH_API_URL if set, else the production API.</source>
        <translation>Server-URL. Leer: $EPOCH_API_URL, falls gesetzt, sonst die Produktions-API.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>QGIS authentication configuration (Basic: email + password, or user id + API key). Empty: EPOCH_EMAIL/EPOCH_PASSWORD or EPOCH_API_KEY/EPOCH_USER_ID from the environment.</source>
        <translation>QGIS-Authentifizierungskonfiguration (Basic: E-Mail + Passwort oder Benutzer-ID + API-Schlüssel). Leer: EPOCH_EMAIL/EPOCH_PASSWORD oder EPOCH_API_KEY/EPOCH_USER_ID aus der Umgebung.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Could not write the output: {error}</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>No collection &apos;{id}&apos; on {server}: no producer assessment has this id (a typo, another account or server, or a batch not processed yet). Run epoch_eudr:fetch_assessments and copy the id from its collection_id column.</source>
        <translation>Keine Sammlung „{id}“ auf {server}: Keine Erzeugerbewertung hat diese ID (ein Tippfehler, ein anderes Konto oder ein anderer Server, oder ein noch nicht verarbeiteter Batch). Führen Sie epoch_eudr:fetch_assessments aus und kopieren Sie die ID aus der Spalte collection_id.</translation>
    </message>
</context>
<context>
    <name>EuAlgorithm</name>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>EU Information System</source>
        <translation>EU-Informationssystem</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>acceptance (the Commission&apos;s test system, the default) or production: statements sent to production are legal declarations.</source>
        <translation>acceptance (das Testsystem der Kommission, Standard) oder production: In production gesendete Erklärungen sind rechtsverbindliche Erklärungen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Server address (empty: the environment&apos;s)</source>
        <translation>Serveradresse (leer: die der Umgebung)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Empty: the environment&apos;s own address. A URL for tests (the fake service on this machine).</source>
        <translation>Leer: die eigene Adresse der Umgebung. Eine URL für Tests (der simulierte Dienst auf diesem Rechner).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>EU Information System login</source>
        <translation>Anmeldung beim EU-Informationssystem</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>QGIS authentication configuration, Basic method: the username and, as password, the authentication key (EU Login profile, Web Services Access). Empty: {user} and {key} from the environment.</source>
        <translation>QGIS-Authentifizierungskonfiguration, Methode Basic: der Benutzername und als Passwort der Authentifizierungsschlüssel (EU-Login-Profil, Web Services Access). Leer: {user} und {key} aus der Umgebung.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Statement UUID</source>
        <translation>UUID der Erklärung</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Reference number</source>
        <translation>Referenznummer</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Verification number</source>
        <translation>Verifizierungsnummer</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: AVAILABLE, reference number {reference}, verification number {verification}.</source>
        <translation>{name}: AVAILABLE, Referenznummer {reference}, Verifizierungsnummer {verification}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: REJECTED by the EU Information System: {reasons}</source>
        <translation>{name}: REJECTED durch das EU-Informationssystem: {reasons}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: SUBMITTED as {uuid}; not settled yet: check again with epoch_eudr:eu_dds_status.</source>
        <translation>{name}: SUBMITTED als {uuid}; noch nicht abgeschlossen: Fragen Sie erneut mit epoch_eudr:eu_dds_status ab.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: SUBMITTED as {uuid}. The Commission asks for 30 minutes before the first status check: the plugin checks it then (or run epoch_eudr:eu_dds_status).</source>
        <translation>{name}: SUBMITTED als {uuid}. Die Kommission bittet um 30 Minuten bis zur ersten Statusabfrage: Das Plugin fragt dann ab (oder führen Sie epoch_eudr:eu_dds_status aus).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: the answer was lost; it was not sent again. epoch_eudr:eu_dds_status looks it up by its internal reference.</source>
        <translation>{name}: Die Antwort ging verloren; die Erklärung wurde nicht erneut gesendet. epoch_eudr:eu_dds_status sucht sie über ihre interne Referenz.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: the EU Information System never received it; submit it again.</source>
        <translation>{name}: Das EU-Informationssystem hat sie nie erhalten; reichen Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
</context>
<context>
    <name>EuAmend</name>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The places this statement declared were not read from a GeoPackage, so they were not recorded: choose the layer of production places.</source>
        <translation>Die von dieser Erklärung angegebenen Orte wurden nicht aus einem GeoPackage gelesen und daher nicht gespeichert: Wählen Sie den Layer der Produktionsorte.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Production places: {table} of {path}, as declared.</source>
        <translation>Produktionsorte: {table} aus {path}, wie erklärt.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Production places: {table} of {path}, as declared (added to the project).</source>
        <translation>Produktionsorte: {table} aus {path}, wie erklärt (zum Projekt hinzugefügt).</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The statement declared the production places of the layer {table} in {path}, which cannot be opened (moved, renamed or deleted?): load that layer, or choose the layer of production places.</source>
        <translation>Die Erklärung hat die Produktionsorte des Layers {table} in {path} angegeben, der sich nicht öffnen lässt (verschoben, umbenannt oder gelöscht?): Laden Sie diesen Layer oder wählen Sie den Layer der Produktionsorte.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Amend the statement {name}</source>
        <translation>Erklärung {name} ändern</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The statement&apos;s new content replaces what was sent; its reference and verification numbers stay. Choose the production places and change what needs changing.</source>
        <translation>Der neue Inhalt der Erklärung ersetzt das Gesendete; Referenz- und Verifizierungsnummer bleiben erhalten. Wählen Sie die Produktionsorte und ändern Sie, was zu ändern ist.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>An amendment cannot change the activity.</source>
        <translation>Eine Änderung kann die Tätigkeit nicht ändern.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Amend</source>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>EuAmendDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Amend a due diligence statement (EU Information System)</source>
        <translation>Sorgfaltserklärung ändern (EU-Informationssystem)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Replaces the content of a statement submitted earlier (UUID) with a new one built from the same parameters as epoch_eudr:eu_submit_dds: the production places, the commodity line, the operator. The statement keeps its reference number, verification number and internal reference. Only an AVAILABLE statement, within 72 hours of its submission, and with the same activity: otherwise it is refused before anything is sent. Everything the service would refuse in the new content is refused first too. What was sent is kept in the profile and, for a GeoPackage layer, beside the plots.</source>
        <translation>Ersetzt den Inhalt einer früher eingereichten Erklärung (UUID) durch einen neuen, der aus denselben Parametern wie epoch_eudr:eu_submit_dds erstellt wird: die Produktionsorte, die Rohstoffzeile, der Marktteilnehmer. Die Erklärung behält ihre Referenznummer, ihre Verifizierungsnummer und ihre interne Referenz. Nur eine Erklärung im Status AVAILABLE, innerhalb von 72 Stunden nach ihrer Einreichung und mit derselben Tätigkeit: Andernfalls wird sie abgelehnt, bevor etwas gesendet wird. Alles, was der Dienst im neuen Inhalt ablehnen würde, wird ebenfalls vorab abgelehnt. Das Gesendete wird im Profil und, bei einem GeoPackage-Layer, neben den Parzellen aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>UUID of the statement to amend</source>
        <translation>UUID der zu ändernden Erklärung</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Give the UUID of the statement to amend.</source>
        <translation>Geben Sie die UUID der zu ändernden Erklärung an.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>{name}: amended; reference number {reference}, status {status}.</source>
        <translation>{name}: geändert; Referenznummer {reference}, Status {status}.</translation>
    </message>
</context>
<context>
    <name>EuCommon</name>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Save the EU Information System username and authentication key first (or set {user} and {key} in the environment).</source>
        <translation>Speichern Sie zuerst Benutzernamen und Authentifizierungsschlüssel für das EU-Informationssystem (oder setzen Sie {user} und {key} in der Umgebung).</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{task} failed. {reason}</source>
        <translation>{task} fehlgeschlagen. {reason}</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Answer lost</source>
        <translation>Antwort verloren</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Never received</source>
        <translation>Nie erhalten</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Grouped</source>
        <translation>Gruppiert</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Obsolete</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: available, reference number {reference}, verification number {verification}.</source>
        <translation>{name}: verfügbar, Referenznummer {reference}, Verifizierungsnummer {verification}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: rejected by the EU Information System: {reasons}</source>
        <translation>{name}: vom EU-Informationssystem abgelehnt: {reasons}</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: submitted, not settled yet; next check at {time}.</source>
        <translation>{name}: eingereicht, noch nicht abgeschlossen; nächste Abfrage: {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: its answer was lost; it was not sent again. Check now looks it up by its internal reference.</source>
        <translation>{name}: Die Antwort ging verloren; die Erklärung wurde nicht erneut gesendet. „Abfragen“ sucht sie über ihre interne Referenz.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: the EU Information System never received it; submit it again.</source>
        <translation>{name}: Das EU-Informationssystem hat sie nie erhalten; reichen Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="obsolete">Produktion</translation>
    </message>
    <message>
        <source>Acceptance (test system)</source>
        <translation type="obsolete">Abnahme (Testsystem)</translation>
    </message>
</context>
<context>
    <name>EuConnectionBox</name>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connection to the EU Information System</source>
        <translation>Verbindung zum EU-Informationssystem</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>empty: the environment&apos;s address</source>
        <translation>leer: die Adresse der Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Leave empty to use the environment&apos;s own address. A local address (http://127.0.0.1:...) reaches the fake service for training.</source>
        <translation>Leer lassen, um die eigene Adresse der Umgebung zu verwenden. Eine lokale Adresse (http://127.0.0.1:...) erreicht den simulierten Dienst für Schulungen.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Production: every statement submitted is a legal declaration to the EU. Try everything on acceptance first.</source>
        <translation>Produktion: Jede eingereichte Erklärung ist eine rechtsverbindliche Erklärung gegenüber der EU. Testen Sie alles zuerst in der Abnahmeumgebung.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Saved login (QGIS authentication database)</source>
        <translation>Gespeicherte Zugangsdaten (QGIS)</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>EU Login profile &gt; Web Services Access: the authentication key of this environment.</source>
        <translation>EU-Login-Profil &gt; Web Services Access: der Authentifizierungsschlüssel dieser Umgebung.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Authentication key</source>
        <translation>Authentifizierungsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Save login</source>
        <translation>Zugangsdaten speichern</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Kept in the QGIS authentication database (Basic method), never in settings or projects.</source>
        <translation>In der QGIS-Authentifizierungsdatenbank gespeichert (Methode Basic), nie in Einstellungen oder Projekten.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>EU system: {username}</source>
        <translation>EU-System: {username}</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Login saved in the QGIS authentication database ({authcfg}).</source>
        <translation>Zugangsdaten in der QGIS-Authentifizierungsdatenbank gespeichert ({authcfg}).</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connecting to {host} ...</source>
        <translation>Verbindung zu {host} wird hergestellt ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connected to the EU Information System ({environment}, {host}): the service answered {answer}.</source>
        <translation>Verbunden mit dem EU-Informationssystem ({environment}, {host}): Der Dienst hat {answer} geantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Test the EU Information System connection</source>
        <translation>Verbindung zum EU-Informationssystem wird getestet</translation>
    </message>
</context>
<context>
    <name>EuCredentials</name>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Enter both the EU Information System username and its authentication key.</source>
        <translation>Geben Sie den Benutzernamen für das EU-Informationssystem und seinen Authentifizierungsschlüssel ein.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>QGIS could not store the EU Information System credentials (is the master password set?).</source>
        <translation>QGIS konnte die Zugangsdaten für das EU-Informationssystem nicht speichern (ist das Master-Passwort gesetzt?).</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{authcfg}&apos; was not found or could not be decrypted (check the QGIS master password).</source>
        <translation>Die Authentifizierungskonfiguration „{authcfg}“ wurde nicht gefunden oder konnte nicht entschlüsselt werden (prüfen Sie das QGIS-Master-Passwort).</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{name}&apos; uses the {method} method; the EU Information System needs a Basic configuration: the username and, as password, the authentication key.</source>
        <translation>Die Authentifizierungskonfiguration „{name}“ verwendet die Methode {method}; das EU-Informationssystem benötigt eine Basic-Konfiguration: den Benutzernamen und als Passwort den Authentifizierungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{name}&apos; has an empty username or authentication key.</source>
        <translation>Die Authentifizierungskonfiguration „{name}“ hat einen leeren Benutzernamen oder Authentifizierungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>No EU Information System login: give an authentication configuration (AUTHCFG: Basic, the username and the authentication key as password), or set {missing} in the environment.</source>
        <translation>Keine Anmeldung beim EU-Informationssystem: Geben Sie eine Authentifizierungskonfiguration an (AUTHCFG: Basic, Benutzername und Authentifizierungsschlüssel als Passwort) oder setzen Sie {missing} in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>EuDdsStatus</name>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Status of due diligence statements (EU Information System)</source>
        <translation>Status von Sorgfaltserklärungen (EU-Informationssystem)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Asks the EU Information System where statements stand: the one with this UUID, those with this INTERNAL_REFERENCE, or (both empty) every statement submitted from this QGIS profile that is not settled yet and due a check (the Commission asks for 30 minutes before the first). AVAILABLE gives the reference and verification numbers, REJECTED the service&apos;s reasons (REASONS); both are kept in the profile and beside the plots.</source>
        <translation>Fragt das EU-Informationssystem nach dem Stand der Erklärungen: der mit dieser UUID, der mit dieser INTERNAL_REFERENCE oder (beide leer) aller aus diesem QGIS-Profil eingereichten Erklärungen, die noch nicht abgeschlossen sind und deren Abfrage fällig ist (die Kommission bittet um 30 Minuten bis zur ersten). AVAILABLE liefert Referenz- und Verifizierungsnummer, REJECTED die Gründe des Dienstes (REASONS); beides wird im Profil und neben den Parzellen gespeichert.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Statement UUID</source>
        <translation>UUID der Erklärung</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Internal reference</source>
        <translation>Interne Referenz</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Wait for the result (seconds)</source>
        <translation>Auf das Ergebnis warten (Sekunden)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Reasons (REJECTED)</source>
        <translation>Gründe (REJECTED)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>No statement with the internal reference &apos;{reference}&apos;.</source>
        <translation>Keine Erklärung mit der internen Referenz „{reference}“.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>{name}: SUBMITTED; its next check is due at {time} (UTC).</source>
        <translation>{name}: SUBMITTED; die nächste Abfrage ist um {time} (UTC) fällig.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>No statement of this profile is waiting for the EU Information System.</source>
        <translation>Keine Erklärung dieses Profils wartet auf das EU-Informationssystem.</translation>
    </message>
</context>
<context>
    <name>EuHeadings</name>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Live cattle, pure-bred breeding animals</source>
        <translation>Lebende Rinder, reinrassige Zuchttiere</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Live cattle, other</source>
        <translation>Lebende Rinder, andere</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Meat of bovine animals, fresh or chilled</source>
        <translation>Fleisch von Rindern, frisch oder gekühlt</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Meat of bovine animals, frozen</source>
        <translation>Fleisch von Rindern, gefroren</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible offal of bovine animals, fresh or chilled</source>
        <translation>Genießbare Schlachtnebenerzeugnisse von Rindern, frisch oder gekühlt</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible bovine livers, frozen</source>
        <translation>Genießbare Lebern von Rindern, gefroren</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible offal of bovine animals, frozen, other</source>
        <translation>Genießbare Schlachtnebenerzeugnisse von Rindern, gefroren, andere</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Prepared or preserved meat, offal or blood, of bovine animals</source>
        <translation>Fleisch, Schlachtnebenerzeugnisse oder Blut von Rindern, zubereitet oder haltbar gemacht</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Raw hides and skins of bovine animals (ex)</source>
        <translation>Rohe Häute und Felle von Rindern (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Tanned or crust hides and skins of bovine animals (ex)</source>
        <translation>Häute und Felle von Rindern, gegerbt oder in trockenem Zustand (crust) (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Leather of bovine animals, further prepared after tanning or crusting (ex)</source>
        <translation>Leder von Rindern, nach dem Gerben oder Trocknen zugerichtet (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa beans, whole or broken, raw or roasted</source>
        <translation>Kakaobohnen und Kakaobohnenbruch, roh oder geröstet</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa shells, husks, skins and waste</source>
        <translation>Kakaoschalen, Kakaohäutchen und anderer Kakaoabfall</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa paste</source>
        <translation>Kakaomasse</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa butter, fat and oil</source>
        <translation>Kakaobutter, Kakaofett und Kakaoöl</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa powder, not containing added sugar</source>
        <translation>Kakaopulver ohne Zusatz von Zucker</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Chocolate and food containing cocoa</source>
        <translation>Schokolade und andere kakaohaltige Lebensmittelzubereitungen</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Coffee; coffee husks and skins; coffee substitutes containing coffee</source>
        <translation>Kaffee; Kaffeeschalen und -häutchen; Kaffeemittel mit Kaffee</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm nuts and kernels</source>
        <translation>Palmnüsse und Palmkerne</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm oil and its fractions</source>
        <translation>Palmöl und seine Fraktionen</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Crude palm kernel and babassu oil</source>
        <translation>Palmkern- und Babassuöl, roh</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm kernel and babassu oil, other</source>
        <translation>Palmkern- und Babassuöl, andere</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oilcake of palm nuts or kernels</source>
        <translation>Ölkuchen aus Palmnüssen oder Palmkernen</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Glycerol, with a purity of 95 % or more (ex)</source>
        <translation>Glycerin, mit einer Reinheit von 95 % oder mehr (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palmitic acid, stearic acid, their salts and esters</source>
        <translation>Palmitinsäure, Stearinsäure, ihre Salze und Ester</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Saturated acyclic monocarboxylic acids, other</source>
        <translation>Gesättigte acyclische Monocarbonsäuren, andere</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Stearic acid, industrial (ex)</source>
        <translation>Technische Stearinsäure (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oleic acid, industrial (ex)</source>
        <translation>Technische Ölsäure (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Industrial monocarboxylic fatty acids, other; acid oils from refining (ex)</source>
        <translation>Technische einbasische Fettsäuren, andere; saure Öle aus der Raffination (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Industrial fatty alcohols (ex)</source>
        <translation>Technische Fettalkohole (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Natural rubber, balata, gutta-percha, guayule, chicle and similar natural gums</source>
        <translation>Naturkautschuk, Balata, Guttapercha, Guayule, Chicle und ähnliche natürliche Kautschukarten</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Compounded rubber, unvulcanised (ex)</source>
        <translation>Kautschukmischungen, nicht vulkanisiert (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Unvulcanised rubber in other forms (ex)</source>
        <translation>Nicht vulkanisierter Kautschuk in anderen Formen (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Vulcanised rubber thread and cord (ex)</source>
        <translation>Fäden und Kordeln aus vulkanisiertem Kautschuk (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Plates, sheets, strip, rods of vulcanised rubber (ex)</source>
        <translation>Platten, Blätter, Streifen, Stangen aus vulkanisiertem Kautschuk (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Conveyor or transmission belts of vulcanised rubber (ex)</source>
        <translation>Förder- oder Treibriemen aus vulkanisiertem Kautschuk (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>New pneumatic tyres of rubber (ex)</source>
        <translation>Neue Luftreifen aus Kautschuk (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Retreaded or used tyres of rubber (ex)</source>
        <translation>Runderneuerte oder gebrauchte Luftreifen aus Kautschuk (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Inner tubes of rubber (ex)</source>
        <translation>Luftschläuche aus Kautschuk (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Articles of apparel and gloves of vulcanised rubber (ex)</source>
        <translation>Kleidung und Handschuhe aus vulkanisiertem Kautschuk (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Other articles of vulcanised rubber (ex)</source>
        <translation>Andere Waren aus vulkanisiertem Kautschuk (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Hard rubber and articles of it (ex)</source>
        <translation>Hartkautschuk und Waren daraus (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya beans</source>
        <translation>Sojabohnen</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya bean flour and meal</source>
        <translation>Mehl von Sojabohnen</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya-bean oil and its fractions</source>
        <translation>Sojaöl und seine Fraktionen</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oilcake and other solid residues of soya-bean oil</source>
        <translation>Ölkuchen und andere feste Rückstände aus der Gewinnung von Sojaöl</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Pulp of wood or of other fibrous cellulosic material; recovered paper</source>
        <translation>Halbstoffe aus Holz oder anderen cellulosehaltigen Faserstoffen; Papier oder Pappe zur Wiedergewinnung</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Paper and paperboard; articles of paper pulp, paper or paperboard</source>
        <translation>Papier und Pappe; Waren aus Papierhalbstoff, Papier oder Pappe</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Printed books, newspapers, pictures and other printed products, of paper</source>
        <translation>Bücher, Zeitungen, Bilddrucke und andere Erzeugnisse des grafischen Gewerbes, aus Papier</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Seats, wooden (ex)</source>
        <translation>Sitzmöbel aus Holz (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for offices</source>
        <translation>Büromöbel aus Holz</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for kitchens</source>
        <translation>Küchenmöbel aus Holz</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for bedrooms</source>
        <translation>Schlafzimmermöbel aus Holz</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Other wooden furniture</source>
        <translation>Andere Möbel aus Holz</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Parts of furniture, of wood</source>
        <translation>Möbelteile aus Holz</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Prefabricated buildings of wood</source>
        <translation>Vorgefertigte Gebäude aus Holz</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wood and articles of wood (heading {heading})</source>
        <translation>Holz und Holzwaren (Position {heading})</translation>
    </message>
</context>
<context>
    <name>EuIsTab</name>
    <message>
        <location filename="../ui/wdg_eu_is.py"/>
        <source>Due diligence statements in the EU Information System (TRACES), from the plots on the map; and the numbers received from suppliers, verified.</source>
        <translation>Sorgfaltserklärungen im EU-Informationssystem (TRACES) aus den Parzellen auf der Karte; dazu die von Lieferanten erhaltenen Nummern, verifiziert.</translation>
    </message>
</context>
<context>
    <name>EuMessages</name>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Acceptance (test system)</source>
        <translation>Abnahme (Testsystem)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Domestic</source>
        <translation>Inländisch</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Import</source>
        <translation>Einfuhr</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Export</source>
        <translation>Ausfuhr</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} producer</source>
        <translation>{n} Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} producers</source>
        <translation>{n} Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} place</source>
        <translation>{n} Ort</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} places</source>
        <translation>{n} Orte</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} statement</source>
        <translation>{n} Erklärung</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} statements</source>
        <translation>{n} Erklärungen</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Feature {fid}</source>
        <translation>Objekt {fid}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>the service said: &quot;{errors}&quot;</source>
        <translation>der Dienst antwortete: „{errors}“</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Activity &apos;{value}&apos; is not one of DOMESTIC, IMPORT, EXPORT.</source>
        <translation>Die Tätigkeit „{value}“ ist keine von DOMESTIC, IMPORT, EXPORT.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Operator role &apos;{value}&apos; is not one of OPERATOR, REPRESENTATIVE_OPERATOR.</source>
        <translation>Die Rolle „{value}“ ist keine von OPERATOR, REPRESENTATIVE_OPERATOR.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} has {length} characters; the EU Information System takes at most {limit}.</source>
        <translation>{field} hat {length} Zeichen; das EU-Informationssystem nimmt höchstens {limit}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} &apos;{value}&apos; is not the code of an EU member state (or XI, Northern Ireland).</source>
        <translation>{field} „{value}“ ist nicht der Code eines EU-Mitgliedstaats (oder XI, Nordirland).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Activity {activity} needs the operator&apos;s EORI number.</source>
        <translation>Die Tätigkeit {activity} erfordert die EORI-Nummer des Marktteilnehmers.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{value}&apos; is not an EORI number: the country&apos;s two letters, then up to 15 letters or digits.</source>
        <translation>„{value}“ ist keine EORI-Nummer: die zwei Buchstaben des Landes, dann bis zu 15 Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>An authorised representative&apos;s statement needs the represented operator: name, address (country, street, postal code, city) and an identifier.</source>
        <translation>Die Erklärung eines Bevollmächtigten erfordert den vertretenen Marktteilnehmer: Name, Anschrift (Land, Straße, Postleitzahl, Ort) und eine Kennung.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Identifier type &apos;{value}&apos; of the represented operator is not one of {types}.</source>
        <translation>Die Kennungsart „{value}“ des vertretenen Marktteilnehmers ist keine von {types}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} &apos;{value}&apos; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>{field} „{value}“ ist kein Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Associated statement &apos;{value}&apos; is not a reference number (up to 14 letters and digits).</source>
        <translation>Die zugehörige Erklärung „{value}“ ist keine Referenznummer (bis zu 14 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{count} commodity lines: at most {limit} in one statement.</source>
        <translation>Rohstoffzeilen: {count}; höchstens {limit} in einer Erklärung.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: HS heading &apos;{value}&apos; must be 2 to 6 digits.</source>
        <translation>Rohstoff {line}: Die HS-Position „{value}“ muss 2 bis 6 Ziffern haben.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: HS heading {value} is not in {source}: only the listed products of cattle, cocoa, coffee, oil palm, rubber, soya and wood are declared.</source>
        <translation>Rohstoff {line}: Die HS-Position {value} steht nicht in {source}: Erklärt werden nur die aufgeführten Erzeugnisse aus Rindern, Kakao, Kaffee, Ölpalme, Kautschuk, Soja und Holz.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: give a description of the goods.</source>
        <translation>Rohstoff {line}: Geben Sie eine Warenbeschreibung an.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: activity {activity} needs the net mass (kg).</source>
        <translation>Rohstoff {line}: Die Tätigkeit {activity} erfordert die Nettomasse (kg).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: give the net mass (kg) or a supplementary unit.</source>
        <translation>Rohstoff {line}: Geben Sie die Nettomasse (kg) oder eine besondere Maßeinheit an.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {field} &apos;{value}&apos; is not a number with at most 6 decimals below 10,000,000,000.</source>
        <translation>Rohstoff {line}: {field} „{value}“ ist keine Zahl mit höchstens 6 Nachkommastellen unter 10.000.000.000.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {field} must be more than 0 (it is {value}).</source>
        <translation>Rohstoff {line}: {field} muss größer als 0 sein (ist {value}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: a supplementary unit needs its qualifier (3 or 4 letters, such as NAR or MTQ).</source>
        <translation>Rohstoff {line}: Eine besondere Maßeinheit erfordert ihren Qualifikator (3 oder 4 Buchstaben, z. B. NAR oder MTQ).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: the supplementary unit qualifier &apos;{value}&apos; must be 3 or 4 letters or digits.</source>
        <translation>Rohstoff {line}: Der Qualifikator der besonderen Maßeinheit „{value}“ muss aus 3 oder 4 Buchstaben oder Ziffern bestehen.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: a supplementary unit qualifier (&apos;{value}&apos;) without the supplementary unit.</source>
        <translation>Rohstoff {line}: ein Qualifikator einer besonderen Maßeinheit („{value}“) ohne die besondere Maßeinheit.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line} (HS {heading}) is wood: give at least one species with its scientific and common name.</source>
        <translation>Rohstoff {line} (HS {heading}) ist Holz: Geben Sie mindestens eine Art mit wissenschaftlichem und gebräuchlichem Namen an.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: no production place to declare.</source>
        <translation>Rohstoff {line}: kein Produktionsort zu erklären.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {count} producers, but at most {limit} per commodity fit in one statement: split it into {parts} statements.</source>
        <translation>Rohstoff {line}: Erzeuger: {count}, aber in eine Erklärung passen höchstens {limit} je Rohstoff: Teilen Sie sie in {parts} Erklärungen auf.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{count} producers, but at most {limit} fit in one statement: split it into {parts} statements.</source>
        <translation>Erzeuger: {count}, aber in eine Erklärung passen höchstens {limit}: Teilen Sie sie in {parts} Erklärungen auf.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{size_mb} MB of geolocation, but one statement carries at most {limit_mb} MB (25 MB once Base64-encoded): split it into {parts} statements.</source>
        <translation>{size_mb} MB Geolokalisierung, aber eine Erklärung fasst höchstens {limit_mb} MB (25 MB nach Base64-Kodierung): Teilen Sie sie in {parts} Erklärungen auf.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}), feature {feature}: {finding}</source>
        <translation>Rohstoff {line}, Erzeuger {producer} ({name}), Objekt {feature}: {finding}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}): country &apos;{value}&apos; is not an ISO 3166-1 alpha-2 code.</source>
        <translation>Rohstoff {line}, Erzeuger {producer} ({name}): Das Land „{value}“ ist kein Code nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The layer has no field &apos;{field}&apos; for the {role} (fields: {fields}).</source>
        <translation>Der Layer hat kein Feld „{field}“ ({role}) (Felder: {fields}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no geometry; a production place needs its point or polygon.</source>
        <translation>{feature}: keine Geometrie; ein Produktionsort braucht seinen Punkt oder sein Polygon.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no producer name in the field &apos;{field}&apos;.</source>
        <translation>{feature}: kein Erzeugername im Feld „{field}“.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no producer country in the field &apos;{field}&apos; (the two-letter ISO code).</source>
        <translation>{feature}: kein Erzeugerland im Feld „{field}“ (der zweibuchstabige ISO-Code).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>No production place to declare: the layer or the selection has no feature.</source>
        <translation>Kein Produktionsort zu erklären: Der Layer oder die Auswahl enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System could not be used; the Message Log says why.</source>
        <translation>Das EU-Informationssystem konnte nicht verwendet werden; die Protokollmeldungen nennen den Grund.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: the secure connection failed (certificate not trusted?). Check the internet connection, the proxy and the environment.</source>
        <translation>Das EU-Informationssystem unter {host} war nicht erreichbar: Die sichere Verbindung ist fehlgeschlagen (Zertifikat nicht vertrauenswürdig?). Prüfen Sie Internetverbindung, Proxy und Umgebung.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: the proxy refused the connection. Check the proxy settings.</source>
        <translation>Das EU-Informationssystem unter {host} war nicht erreichbar: Der Proxy hat die Verbindung abgelehnt. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: no answer. Check the internet connection, the proxy and the environment.</source>
        <translation>Das EU-Informationssystem unter {host} war nicht erreichbar: keine Antwort. Prüfen Sie Internetverbindung, Proxy und Umgebung.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} did not confirm {operation} ({what}): it may have been recorded. It was not sent again; look it up by its internal reference &apos;{internal_reference}&apos; before sending it again.</source>
        <translation>{host} hat {operation} nicht bestätigt ({what}): Die Erklärung wurde möglicherweise erfasst. Sie wurde nicht erneut gesendet; suchen Sie sie vor dem erneuten Senden über ihre interne Referenz „{internal_reference}“.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System failed on {operation} ({errors}); try again later.</source>
        <translation>Das EU-Informationssystem ist bei {operation} fehlgeschlagen ({errors}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} answered {operation} without a statement.</source>
        <translation>{host} hat auf {operation} ohne Erklärung geantwortet.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} answered {operation} with something that is not its SOAP answer (HTTP {status}).</source>
        <translation>{host} hat auf {operation} mit etwas geantwortet, das nicht seine SOAP-Antwort ist (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System is too large; it was not read.</source>
        <translation>Die Antwort des EU-Informationssystems ist zu groß; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System contains a DTD or entity declaration, which a SOAP message may not have; it was not read.</source>
        <translation>Die Antwort des EU-Informationssystems enthält eine DTD oder Entitätsdeklaration, die eine SOAP-Nachricht nicht enthalten darf; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System is not well-formed XML ({error}).</source>
        <translation>Die Antwort des EU-Informationssystems ist kein wohlgeformtes XML ({error}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; must be only the server address (no user name, password, &apos;?&apos; or &apos;#&apos;); the username and authentication key are kept in QGIS&apos;s authentication database.</source>
        <translation>„{text}“ darf nur die Serveradresse sein (ohne Benutzername, Passwort, „?“ oder „#“); Benutzername und Authentifizierungsschlüssel werden in der QGIS-Authentifizierungsdatenbank gespeichert.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The statement cannot be written: {field} &apos;{value}&apos; is not a value the EU Information System takes.</source>
        <translation>Die Erklärung kann nicht geschrieben werden: {field} „{value}“ ist kein Wert, den das EU-Informationssystem annimmt.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System username contains characters a username cannot have.</source>
        <translation>Der Benutzername für das EU-Informationssystem enthält Zeichen, die ein Benutzername nicht haben darf.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System ({host}) refused the username or authentication key of &apos;{username}&apos; ({errors}). Check both in the EU Login profile, Web Services Access, and that they belong to the {environment} environment.</source>
        <translation>Das EU-Informationssystem ({host}) hat den Benutzernamen oder den Authentifizierungsschlüssel von „{username}“ abgelehnt ({errors}). Prüfen Sie beides im EU-Login-Profil unter Web Services Access und ob beides zur Umgebung {environment} gehört.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} refused the request&apos;s time ({errors}): the computer&apos;s clock must be within 5 minutes of the EU Information System&apos;s. Set the clock (automatic time, NTP) and try again.</source>
        <translation>{host} hat die Zeit der Anfrage abgelehnt ({errors}): Die Uhr des Rechners darf höchstens 5 Minuten von der des EU-Informationssystems abweichen. Stellen Sie die Uhr (automatische Zeit, NTP) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System is unavailable (HTTP {status} from {host}); try again later.</source>
        <translation>Das EU-Informationssystem ist nicht verfügbar (HTTP {status} von {host}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System refused {operation}: {errors}</source>
        <translation>Das EU-Informationssystem hat {operation} abgelehnt: {errors}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} has no such statement ({errors}).</source>
        <translation>{host} kennt diese Erklärung nicht ({errors}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System does not allow {operation} here ({errors}).</source>
        <translation>Das EU-Informationssystem erlaubt {operation} hier nicht ({errors}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} refused the request&apos;s security token as already used ({errors}). Try again.</source>
        <translation>{host} hat das Sicherheitstoken der Anfrage als bereits verwendet abgelehnt ({errors}). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System needs a username and an authentication key (EU Login profile, Web Services Access).</source>
        <translation>Das EU-Informationssystem benötigt einen Benutzernamen und einen Authentifizierungsschlüssel (EU-Login-Profil, Web Services Access).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; uses plain http: the authentication digest and the statements would travel unencrypted. Use https (plain http is only for a test service on this machine).</source>
        <translation>„{text}“ verwendet unverschlüsseltes http: Der Authentifizierungs-Digest und die Erklärungen würden unverschlüsselt übertragen. Verwenden Sie https (http ist nur für einen Testdienst auf diesem Rechner erlaubt).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; is not a server address: give a full URL such as {example}</source>
        <translation>„{text}“ ist keine Serveradresse: Geben Sie eine vollständige URL wie {example} an</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Unknown EU Information System environment &apos;{name}&apos;: choose acceptance (the Commission&apos;s test system) or production.</source>
        <translation>Unbekannte Umgebung des EU-Informationssystems „{name}“: Wählen Sie acceptance (das Testsystem der Kommission) oder production.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{url} is the production EU Information System: choose the production environment explicitly to send statements there.</source>
        <translation>{url} ist das produktive EU-Informationssystem: Wählen Sie ausdrücklich die Umgebung production, um Erklärungen dorthin zu senden.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}), feature {feature}</source>
        <translation>Rohstoff {line}, Erzeuger {producer} ({name}), Objekt {feature}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is 1 minute ahead of the server&apos;s.</source>
        <translation>Die Uhr dieses Computers geht 1 Minute gegenüber der des Servers vor.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the server&apos;s.</source>
        <translation>Die Uhr dieses Rechners geht {minutes} Min. gegenüber der des Servers vor.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is 1 minute behind the server&apos;s.</source>
        <translation>Die Uhr dieses Computers geht 1 Minute gegenüber der des Servers nach.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is {minutes} minutes behind the server&apos;s.</source>
        <translation>Die Uhr dieses Rechners geht {minutes} Min. gegenüber der des Servers nach.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source> (1 more problem found)</source>
        <translation> (1 weiteres Problem gefunden)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source> ({n} more problems found)</source>
        <translation> ({n} weitere Probleme gefunden)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Nothing was sent again; before sending it again, look it up by its internal reference &apos;{reference}&apos;.</source>
        <translation>Es wurde nichts erneut gesendet; suchen Sie die Erklärung vor dem erneuten Senden über ihre interne Referenz „{reference}“.</translation>
    </message>
    <message>
        <source> ({n} more problem(s) found)</source>
        <translation type="obsolete"> (weitere Probleme gefunden: {n})</translation>
    </message>
</context>
<context>
    <name>EuNewStatement</name>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{producers}, {places}, {size} MB of geolocation.</source>
        <translation>{producers}, {places}, {size} MB Geolokalisierung.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Refused before sending: {problem}</source>
        <translation>Vor dem Senden abgelehnt: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Nothing the EU Information System would refuse was found: ready to submit to {environment}.</source>
        <translation>Nichts gefunden, was das EU-Informationssystem ablehnen würde: bereit zum Einreichen. Umgebung: {environment}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Over the limits of one statement (1,000 producers, 25 MB): it will be sent as {n} statements, the quantities divided by area.</source>
        <translation>Über den Grenzen einer Erklärung (1.000 Erzeuger, 25 MB): Sie wird als {n} Erklärungen gesendet, die Mengen nach Fläche aufgeteilt.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{n} warning: {warning}</source>
        <translation>{n} Warnung: {warning}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{n} warnings, the first: {warning}</source>
        <translation>{n} Warnungen, die erste: {warning}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>New statement</source>
        <translation>Neue Erklärung</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Read the places and check everything the EU Information System would refuse; nothing is sent.</source>
        <translation>Liest die Orte und prüft alles, was das EU-Informationssystem ablehnen würde; nichts wird gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit...</source>
        <translation>Einreichen...</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Choose the layer of production places.</source>
        <translation>Wählen Sie den Layer der Produktionsorte.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Reading {layer} ...</source>
        <translation>{layer} wird gelesen ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Statement preview: {text}</source>
        <translation>Vorschau der Erklärung: {text}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Read the statement</source>
        <translation>Erklärung wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>EU Information System</source>
        <translation>EU-Informationssystem</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit {n} due diligence statement ({producers}) to the EU Information System, {environment} ({host})?</source>
        <translation>{n} Sorgfaltserklärung ({producers}) beim EU-Informationssystem, {environment} ({host}), einreichen?</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit {n} due diligence statements ({producers}) to the EU Information System, {environment} ({host})?</source>
        <translation>{n} Sorgfaltserklärungen ({producers}) beim EU-Informationssystem, {environment} ({host}), einreichen?</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Production: this is a legal declaration to the EU.</source>
        <translation>Produktion: Dies ist eine rechtsverbindliche Erklärung gegenüber der EU.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Not submitted.</source>
        <translation>Nicht eingereicht.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{error} The statements before it were sent: {sent}.</source>
        <translation>{error} Die Erklärungen davor wurden gesendet: {sent}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit the statement</source>
        <translation>Erklärung wird eingereicht</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submitted {reference} as {uuid}; waiting for the EU Information System&apos;s answer.</source>
        <translation>{reference} als {uuid} eingereicht; die Antwort des EU-Informationssystems steht aus.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Amended since it was submitted (last on {time}).</source>
        <translation>Seit der Einreichung geändert (zuletzt am {time}).</translation>
    </message>
    <message>
        <source>{producers} producer(s), {places} place(s), {size} MB of geolocation.</source>
        <translation type="obsolete">Erzeuger: {producers}, Orte: {places}, Geolokalisierung: {size} MB.</translation>
    </message>
    <message>
        <source>{n} warning(s), e.g.: {warning}</source>
        <translation type="obsolete">Warnungen: {n}, z. B.: {warning}</translation>
    </message>
    <message>
        <source>Submit {n} due diligence statement(s) ({producers} producer(s)) to the EU Information System, {environment} ({host})?</source>
        <translation type="obsolete">{n} Sorgfaltserklärung(en) ({producers} Erzeuger) beim EU-Informationssystem, {environment} ({host}), einreichen?</translation>
    </message>
</context>
<context>
    <name>EuPlotNumbers</name>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>EU reference number</source>
        <translation>EU-Referenznummer</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>EU verification number</source>
        <translation>EU-Verifizierungsnummer</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Plots table</source>
        <translation>Parzellentabelle</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Plot feature id</source>
        <translation>Objekt-ID der Parzelle</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement UUID</source>
        <translation>UUID der Erklärung</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Internal reference</source>
        <translation>Interne Referenz</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement numbers of {table}</source>
        <translation>Erklärungsnummern von {table}</translation>
    </message>
</context>
<context>
    <name>EuRegister</name>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>Cannot open {path} to write the register.</source>
        <translation>{path} kann zum Schreiben des Registers nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>The table &apos;{table}&apos; in {path} is not a register of statements (it has no {columns}): choose another table name.</source>
        <translation>Die Tabelle „{table}“ in {path} ist kein Register von Erklärungen (ihr fehlt {columns}): Wählen Sie einen anderen Tabellennamen.</translation>
    </message>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>&apos;{reference}&apos; / &apos;{verification}&apos; is not a reference number (up to 14 characters) with its verification number (5 to 35 characters): nothing was asked.</source>
        <translation>„{reference}“ / „{verification}“ ist keine Referenznummer (bis zu 14 Zeichen) mit ihrer Verifizierungsnummer (5 bis 35 Zeichen): Es wurde nichts abgefragt.</translation>
    </message>
</context>
<context>
    <name>EuRegisterBox</name>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Exists, usable</source>
        <translation>Vorhanden, nutzbar</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Exists, not usable</source>
        <translation>Vorhanden, nicht nutzbar</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Does not exist</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Not verified yet</source>
        <translation>Noch nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Reference number {reference}, verification number {verification}; supplier {supplier}, received on {received}, product {product}; the service said {result} ({status}, {date}); checked {checked}.</source>
        <translation>Referenznummer {reference}, Verifizierungsnummer {verification}; Lieferant {supplier}, erhalten am {received}, Erzeugnis {product}; der Dienst meldete {result} ({status}, {date}); geprüft {checked}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Statements received from suppliers (verify register)</source>
        <translation>Erhaltene Erklärungen (Verifizierungsregister)</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Reference number</source>
        <translation>Referenznummer</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verification number</source>
        <translation>Verifizierungsnummer</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Product</source>
        <translation>Erzeugnis</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Add to the register</source>
        <translation>Zum Register hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verify all</source>
        <translation>Alle verifizieren</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Ask the EU Information System about every pair of numbers in the register; each answer is kept, dated, for five years.</source>
        <translation>Fragt das EU-Informationssystem zu jedem Nummernpaar im Register ab; jede Antwort wird mit Datum fünf Jahre lang aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Choose the GeoPackage of the register (a new file is created).</source>
        <translation>Wählen Sie das GeoPackage des Registers (eine neue Datei wird angelegt).</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Read the register</source>
        <translation>Register wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Give the reference number and the verification number the supplier gave.</source>
        <translation>Geben Sie die Referenznummer und die Verifizierungsnummer des Lieferanten an.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{reference} added to the register; Verify all asks the EU Information System about it.</source>
        <translation>{reference} zum Register hinzugefügt; „Alle verifizieren“ fragt das EU-Informationssystem danach.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{n} pair verified; every answer kept in {table}.</source>
        <translation>{n} Paar verifiziert; jede Antwort in {table} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{n} pairs verified; every answer kept in {table}.</source>
        <translation>{n} Paare verifiziert; jede Antwort in {table} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verify the register</source>
        <translation>Register wird verifiziert</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="obsolete">Geprüft</translation>
    </message>
    <message>
        <source>{n} pair(s) verified; every answer kept in {table}.</source>
        <translation type="obsolete">Verifizierte Paare: {n}; jede Antwort in {table} gespeichert.</translation>
    </message>
</context>
<context>
    <name>EuStatementForm</name>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Operator</source>
        <translation>Marktteilnehmer</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Authorised representative</source>
        <translation>Bevollmächtigter</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Not a heading of Annex I: the EU Information System would refuse it.</source>
        <translation>Keine Position aus Anhang I: Das EU-Informationssystem würde sie ablehnen.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Selected features only</source>
        <translation>Nur gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>The producer&apos;s country: the two-letter ISO code (the preflight&apos;s fix fills ProducerCountry from the geometry).</source>
        <translation>Das Land des Erzeugers: der zweistellige ISO-Code (die Korrektur der Vorabprüfung füllt ProducerCountry aus der Geometrie).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Production places</source>
        <translation>Produktionsorte</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Producer name field</source>
        <translation>Feld des Erzeugernamens</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Producer country field</source>
        <translation>Feld des Erzeugerlands</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. FR1234567890123 (IMPORT and EXPORT)</source>
        <translation>z. B. FR1234567890123 (Einfuhr, Ausfuhr)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Operator role</source>
        <translation>Rolle des Marktteilnehmers</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>country (2 letters)</source>
        <translation>Land (2 Buchstaben)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>identifiers, e.g. vat:DE123456789</source>
        <translation>Kennungen, z. B. vat:DE123456789</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Represented operator</source>
        <translation>Vertretener Marktteilnehmer</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>EORI number</source>
        <translation>EORI-Nummer</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Country of activity</source>
        <translation>Land der Tätigkeit</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Border-cross country</source>
        <translation>Land des Grenzübertritts</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>The HS heading of Annex I of Regulation (EU) 2023/1115 (pick one, or type 2 to 6 digits of a subdivision).</source>
        <translation>Die HS-Position aus Anhang I der Verordnung (EU) 2023/1115 (eine auswählen oder 2 bis 6 Ziffern einer Unterposition eingeben).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. Green coffee beans, not roasted</source>
        <translation>z. B. Rohkaffee, nicht geröstet</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>kg (IMPORT and EXPORT: required)</source>
        <translation>kg (Einfuhr, Ausfuhr: Pflicht)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>quantity in the unit below</source>
        <translation>Menge in der Einheit darunter</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>unit, e.g. MTQ, NAR</source>
        <translation>Einheit, z. B. MTQ, NAR</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. Quercus robur</source>
        <translation>z. B. Quercus robur</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. oak</source>
        <translation>z. B. Eiche</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>HS heading</source>
        <translation>HS-Position</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Description of the goods</source>
        <translation>Warenbeschreibung</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Net mass (kg)</source>
        <translation>Nettomasse (kg)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Supplementary unit</source>
        <translation>Besondere Maßeinheit</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Unit qualifier</source>
        <translation>Einheitenqualifikator</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Species: scientific name</source>
        <translation>Art: wissenschaftlicher Name</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Species: common name</source>
        <translation>Art: gebräuchlicher Name</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>empty: one is made</source>
        <translation>leer: wird erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Your reference (order, shipment): it also finds a statement whose answer was lost.</source>
        <translation>Ihre Referenz (Auftrag, Sendung): Mit ihr findet sich auch eine Erklärung, deren Antwort verloren ging.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Geolocation confidential</source>
        <translation>Geolokalisierung vertraulich</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>reference numbers, separated by commas</source>
        <translation>Nummer, Nummer, ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Internal reference</source>
        <translation>Interne Referenz</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Associated statements</source>
        <translation>Zugehörige Erklärungen</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation type="obsolete">Inländisch</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="obsolete">Einfuhr</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="obsolete">Ausfuhr</translation>
    </message>
</context>
<context>
    <name>EuStatementList</name>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Internal reference: {value}</source>
        <translation>Interne Referenz: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Status: {value}</source>
        <translation>Status: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>UUID: {value}</source>
        <translation>UUID: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reference number: {value}</source>
        <translation>Referenznummer: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Verification number: {value}</source>
        <translation>Verifizierungsnummer: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Environment: {value}</source>
        <translation>Umgebung: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Submitted: {time}; last checked: {checked}</source>
        <translation>Eingereicht: {time}; zuletzt abgefragt: {checked}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Sent: {producers}, {places}, HS {headings}, net mass {mass} kg</source>
        <translation>Gesendet: {producers}, {places}, HS {headings}, Nettomasse {mass} kg</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amended once, on {time}.</source>
        <translation>Einmal geändert, am {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amended {n} times, last on {time}.</source>
        <translation>{n}-mal geändert, zuletzt am {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reasons given by the EU Information System:</source>
        <translation>Vom EU-Informationssystem genannte Gründe:</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Statements</source>
        <translation>Erklärungen</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Internal reference</source>
        <translation>Interne Referenz</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reference number</source>
        <translation>Referenznummer</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Check now</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Ask the EU Information System where the selected statement stands (none selected: every statement still waiting).</source>
        <translation>Fragt das EU-Informationssystem nach dem Stand der ausgewählten Erklärung (keine ausgewählt: alle noch wartenden Erklärungen).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amend...</source>
        <translation>Ändern...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw...</source>
        <translation>Zurückziehen...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Copy numbers</source>
        <translation>Nummern kopieren</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Copy the reference and verification numbers, to give them to your customers.</source>
        <translation>Kopiert Referenz- und Verifizierungsnummer, um sie an Ihre Kunden weiterzugeben.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Select a statement to see it in full.</source>
        <translation>Wählen Sie eine Erklärung aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the selected statement (only an available one, within 72 hours of its submission).</source>
        <translation>Zieht die ausgewählte Erklärung zurück (nur eine verfügbare, innerhalb von 72 Stunden nach ihrer Einreichung).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Change the selected statement&apos;s content (only an available one, within 72 hours of its submission): its form opens with what was sent; the reference number stays.</source>
        <translation>Ändert den Inhalt der ausgewählten Erklärung (nur einer verfügbaren, innerhalb von 72 Stunden nach ihrer Einreichung): Ihr Formular öffnet sich mit dem Gesendeten; die Referenznummer bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to check it.</source>
        <translation>{name} wurde an eine andere Umgebung oder einen anderen Server gesendet ({environment}): Wählen Sie diese Verbindung, um sie abzufragen.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>The Commission asks for 30 minutes before the first status check: {name} can be checked from {time}.</source>
        <translation>Die Kommission bittet um 30 Minuten bis zur ersten Statusabfrage: {name} kann ab {time} abgefragt werden.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>No statement of this connection is waiting for the EU Information System.</source>
        <translation>Keine Erklärung dieser Verbindung wartet auf das EU-Informationssystem.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Checking {n} statement ...</source>
        <translation>{n} Erklärung wird abgefragt ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Checking {n} statements ...</source>
        <translation>{n} Erklärungen werden abgefragt ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Check the statements</source>
        <translation>Erklärungen werden abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>EU Information System</source>
        <translation>EU-Informationssystem</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to withdraw it.</source>
        <translation>{name} wurde an eine andere Umgebung oder einen anderen Server gesendet ({environment}): Wählen Sie diese Verbindung, um sie zurückzuziehen.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the statement {name} (reference number {reference}) from the EU Information System, {environment}? It can no longer be used by anyone.</source>
        <translation>Die Erklärung {name} (Referenznummer {reference}) aus dem EU-Informationssystem, {environment}, zurückziehen? Danach kann niemand sie mehr verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the statement</source>
        <translation>Erklärung wird zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to amend it.</source>
        <translation>{name} wurde an eine andere Umgebung oder einen anderen Server gesendet ({environment}): Wählen Sie diese Verbindung, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Choose the layer of production places.</source>
        <translation>Wählen Sie den Layer der Produktionsorte.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amending {name} ...</source>
        <translation>{name} wird geändert ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} amended: the EU Information System holds the new content; reference number {reference}.</source>
        <translation>{name} geändert: Das EU-Informationssystem enthält den neuen Inhalt; Referenznummer {reference}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amend the statement</source>
        <translation>Erklärung ändern</translation>
    </message>
    <message>
        <source>Sent: {producers} producer(s), {places} place(s), HS {headings}, net mass {mass} kg</source>
        <translation type="obsolete">Gesendet: {producers} Erzeuger, {places} Ort(e), HS {headings}, Nettomasse {mass} kg</translation>
    </message>
    <message>
        <source>Checking {n} statement(s) ...</source>
        <translation type="obsolete">{n} Erklärung(en) werden abgefragt ...</translation>
    </message>
</context>
<context>
    <name>EuStatements</name>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Cannot save the EU statements in {path}: {reason}</source>
        <translation>Die EU-Erklärungen können nicht in {path} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Cannot update the statement in {path}: {reason}</source>
        <translation>Die Erklärung in {path} kann nicht aktualisiert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>The internal reference &apos;{reference}&apos; is already used by the statement {uuid} ({status}): give another internal reference, or withdraw that statement first.</source>
        <translation>Die interne Referenz „{reference}“ wird bereits von der Erklärung {uuid} ({status}) verwendet: Geben Sie eine andere interne Referenz an oder ziehen Sie diese Erklärung zuerst zurück.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>The statement {reference} has no UUID yet: check its status first.</source>
        <translation>Die Erklärung {reference} hat noch keine UUID: Fragen Sie zuerst ihren Status ab.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Only an AVAILABLE statement can be amended; {uuid} is {status}.</source>
        <translation>Nur eine Erklärung im Status AVAILABLE kann geändert werden; {uuid} ist {status}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Only an AVAILABLE statement can be withdrawn; {uuid} is {status}.</source>
        <translation>Nur eine Erklärung im Status AVAILABLE kann zurückgezogen werden; {uuid} ist {status}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>{uuid} was submitted on {date}: a statement can be amended only within 72 hours of its submission.</source>
        <translation>{uuid} wurde am {date} eingereicht: Eine Erklärung kann nur innerhalb von 72 Stunden nach ihrer Einreichung geändert werden.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>{uuid} was submitted on {date}: a statement can be withdrawn only within 72 hours of its submission.</source>
        <translation>{uuid} wurde am {date} eingereicht: Eine Erklärung kann nur innerhalb von 72 Stunden nach ihrer Einreichung zurückgezogen werden.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>An amendment cannot change the activity: {name} was declared as {declared}, the amendment says {activity}.</source>
        <translation>Eine Änderung kann die Tätigkeit nicht ändern: {name} wurde als {declared} erklärt, die Änderung gibt {activity} an.</translation>
    </message>
    <message>
        <source>Only an AVAILABLE statement can be {action}; {uuid} is {status}.</source>
        <translation type="obsolete">Nur eine Erklärung mit Status AVAILABLE kann {action} werden; {uuid} hat den Status {status}.</translation>
    </message>
    <message>
        <source>{uuid} was submitted on {date}: a statement can be {action} only within 72 hours of its submission.</source>
        <translation type="obsolete">{uuid} wurde am {date} eingereicht: Eine Erklärung kann nur innerhalb von 72 Stunden nach ihrer Einreichung {action} werden.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="obsolete">zurückgezogen</translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="obsolete">geändert</translation>
    </message>
</context>
<context>
    <name>EuSubmitDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Production places</source>
        <translation>Produktionsorte</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Selected features only</source>
        <translation>Nur gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Producer name field</source>
        <translation>Feld des Erzeugernamens</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Producer country field</source>
        <translation>Feld des Erzeugerlands</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Operator role</source>
        <translation>Rolle des Marktteilnehmers</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>EORI number (IMPORT and EXPORT)</source>
        <translation>EORI-Nummer (IMPORT und EXPORT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Country of activity (EU, 2 letters)</source>
        <translation>Land der Tätigkeit (EU, 2 Buchstaben)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Border-cross country (EU, 2 letters)</source>
        <translation>Land des Grenzübertritts (EU, 2 Buchstaben)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>HS heading (Annex I)</source>
        <translation>HS-Position (Anhang I)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Description of the goods</source>
        <translation>Warenbeschreibung</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Net mass (kg)</source>
        <translation>Nettomasse (kg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Supplementary unit</source>
        <translation>Besondere Maßeinheit</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Supplementary unit qualifier (e.g. MTQ)</source>
        <translation>Qualifikator der besonderen Maßeinheit (z. B. MTQ)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Species: scientific name (wood)</source>
        <translation>Art: wissenschaftlicher Name (Holz)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Species: common name (wood)</source>
        <translation>Art: gebräuchlicher Name (Holz)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Internal reference (empty: one is made)</source>
        <translation>Interne Referenz (leer: wird erzeugt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Associated statements (reference numbers, comma)</source>
        <translation>Zugehörige Erklärungen (Referenznummern, durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Geolocation confidential</source>
        <translation>Geolokalisierung vertraulich</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: name</source>
        <translation>Vertretener Marktteilnehmer: Name</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: country (2 letters)</source>
        <translation>Vertretener Marktteilnehmer: Land (2 Buchstaben)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: street and number</source>
        <translation>Vertretener Marktteilnehmer: Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: postal code</source>
        <translation>Vertretener Marktteilnehmer: Postleitzahl</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: city</source>
        <translation>Vertretener Marktteilnehmer: Ort</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: identifiers (vat:DE123;eori:...)</source>
        <translation>Vertretener Marktteilnehmer: Kennungen (vat:DE123;eori:...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Submit a due diligence statement (EU Information System)</source>
        <translation>Sorgfaltserklärung einreichen (EU-Informationssystem)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Builds a due diligence statement from a layer of production places and submits it to the EU Information System (acceptance unless ENVIRONMENT=production). One producer entry per producer (PRODUCER_FIELD and COUNTRY_FIELD), its places as GeoJSON in the EU rules (6 decimals). Everything the service would refuse is refused before sending, naming the feature, field or limit: the schema&apos;s limits, an EORI and a net mass for IMPORT and EXPORT, species for wood, positive quantities, the geolocation rules (the preflight&apos;s check on what is sent), 25 MB and 1,000 producers per statement (SPLIT sends several, the quantities divided by area). The statement is recorded in the profile and, for a GeoPackage layer, beside the plots (tables eu_statements and eu_statement_plots); WAIT_SECONDS checks it until AVAILABLE or REJECTED (the Commission asks for 30 minutes before the first check). The authentication key is never stored nor shown.</source>
        <translation>Erstellt aus einem Layer von Produktionsorten eine Sorgfaltserklärung und reicht sie beim EU-Informationssystem ein (acceptance, außer ENVIRONMENT=production). Ein Eintrag je Erzeuger (PRODUCER_FIELD und COUNTRY_FIELD), seine Orte als GeoJSON nach den EU-Regeln (6 Nachkommastellen). Alles, was der Dienst ablehnen würde, wird vor dem Senden abgelehnt, mit Nennung von Objekt, Feld oder Grenze: die Grenzen des Schemas, eine EORI-Nummer und eine Nettomasse für IMPORT und EXPORT, Arten für Holz, positive Mengen, die Geolokalisierungsregeln (die Vorabprüfung dessen, was gesendet wird), 25 MB und 1.000 Erzeuger je Erklärung (SPLIT sendet mehrere, die Mengen nach Fläche aufgeteilt). Die Erklärung wird im Profil und bei einem GeoPackage-Layer neben den Parzellen gespeichert (Tabellen eu_statements und eu_statement_plots); WAIT_SECONDS fragt sie bis AVAILABLE oder REJECTED ab (die Kommission bittet um 30 Minuten bis zur ersten Abfrage). Der Authentifizierungsschlüssel wird nie gespeichert oder angezeigt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Split into several statements when over the limits</source>
        <translation>Bei Überschreiten der Grenzen in mehrere Erklärungen aufteilen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Wait for the result (seconds)</source>
        <translation>Auf das Ergebnis warten (Sekunden)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Set SPLIT to send them as {n} statements.</source>
        <translation>Setzen Sie SPLIT, um sie als {n} Erklärungen zu senden.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>{producers}, {places}, {size} MB of geolocation, in {statements}.</source>
        <translation>{producers}, {places}, {size} MB Geolokalisierung, in {statements}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>{error} The statements before it were sent: {sent}.</source>
        <translation>{error} Die Erklärungen davor wurden gesendet: {sent}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Submitted {reference} as {uuid}.</source>
        <translation>{reference} als {uuid} eingereicht.</translation>
    </message>
    <message>
        <source>{producers} producer(s), {places} place(s), {size:.2f} MB of geolocation, in {n} statement(s).</source>
        <translation type="obsolete">Erzeuger: {producers}, Orte: {places}, Geolokalisierung: {size:.2f} MB, Erklärungen: {n}.</translation>
    </message>
</context>
<context>
    <name>EuVerifyDeclarations</name>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verify statements received from suppliers (EU Information System)</source>
        <translation>Von Lieferanten erhaltene Erklärungen verifizieren (EU-Informationssystem)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>For downstream operators and traders: asks the EU Information System&apos;s Verify service about each reference + verification number (REFERENCE_NUMBER and VERIFICATION_NUMBER, or every row of INPUT) and appends each answer to the register OUTPUT with its supplier, date received and product: result (EXISTING_USABLE, EXISTING_NON_USABLE, NON_EXISTENT), status, the service&apos;s date, checked_at and keep_until (five years). Rows are only ever appended: the register keeps every answer.</source>
        <translation>Für nachgelagerte Marktteilnehmer und Händler: Fragt den Dienst Verify des EU-Informationssystems zu jeder Referenz- + Verifizierungsnummer ab (REFERENCE_NUMBER und VERIFICATION_NUMBER oder jede Zeile von INPUT) und hängt jede Antwort mit Lieferant, Eingangsdatum und Erzeugnis an das Register OUTPUT an: Ergebnis (EXISTING_USABLE, EXISTING_NON_USABLE, NON_EXISTENT), Status, Datum des Dienstes, checked_at und keep_until (fünf Jahre). Zeilen werden nur angehängt: Das Register bewahrt jede Antwort auf.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Reference number</source>
        <translation>Referenznummer</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verification number</source>
        <translation>Verifizierungsnummer</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Date received (YYYY-MM-DD)</source>
        <translation>Eingangsdatum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Product</source>
        <translation>Erzeugnis</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Table of numbers received</source>
        <translation>Tabelle der erhaltenen Nummern</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Reference number field</source>
        <translation>Feld der Referenznummer</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verification number field</source>
        <translation>Feld der Verifizierungsnummer</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Supplier field</source>
        <translation>Feld des Lieferanten</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Date received field</source>
        <translation>Feld des Eingangsdatums</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Product field</source>
        <translation>Feld des Erzeugnisses</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Give REFERENCE_NUMBER and VERIFICATION_NUMBER, or INPUT: a table with the two numbers of each statement.</source>
        <translation>Geben Sie REFERENCE_NUMBER und VERIFICATION_NUMBER an oder INPUT: eine Tabelle mit den beiden Nummern jeder Erklärung.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>INPUT has no field &apos;{field}&apos; (fields: {fields}): name it with REFERENCE_FIELD and VERIFICATION_FIELD.</source>
        <translation>INPUT hat kein Feld „{field}“ (Felder: {fields}): Benennen Sie es mit REFERENCE_FIELD und VERIFICATION_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>{reference}: {result} {status}</source>
        <translation>{reference}: {result} {status}</translation>
    </message>
</context>
<context>
    <name>EuWithdrawDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Withdraw a due diligence statement (EU Information System)</source>
        <translation>Sorgfaltserklärung zurückziehen (EU-Informationssystem)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Withdraws an AVAILABLE statement within 72 hours of its submission (the service refuses it once it is referenced by another statement or used: its reasons are shown). The new status is kept in the profile and beside the plots.</source>
        <translation>Zieht eine Erklärung mit Status AVAILABLE innerhalb von 72 Stunden nach ihrer Einreichung zurück (der Dienst lehnt ab, sobald eine andere Erklärung auf sie verweist oder sie verwendet wurde: seine Gründe werden angezeigt). Der neue Status wird im Profil und neben den Parzellen gespeichert.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Statement UUID</source>
        <translation>UUID der Erklärung</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss {loss} % is over the {loss_limit} % limit</source>
        <translation>Waldverlust {loss} % liegt über der Grenze von {loss_limit} %</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Score {score} is over the {score_limit} limit</source>
        <translation>Score {score} liegt über der Grenze von {score_limit}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Deforestation alert dated {alert_date}, after {cutoff}</source>
        <translation>Entwaldungsalarm vom {alert_date}, nach dem {cutoff}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Deforestation alert without a date (Epoch monitors from {cutoff})</source>
        <translation>Entwaldungsalarm ohne Datum (Epoch überwacht ab dem {cutoff})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss {loss} % is close to the {loss_limit} % limit</source>
        <translation>Waldverlust {loss} % liegt nahe der Grenze von {loss_limit} %</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Score {score} is close to the {score_limit} limit</source>
        <translation>Score {score} liegt nahe der Grenze von {score_limit}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Country not computed: no country field, no location in a country, no producer&apos;s country</source>
        <translation>Land nicht berechnet: kein Länderfeld, kein Standort in einem Land, kein Land des Erzeugers</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss not computed: no noncompliance_area_perc, nor area and noncompliance_area</source>
        <translation>Waldverlust nicht berechnet: weder noncompliance_area_perc noch area und noncompliance_area</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: no deforestation_alert</source>
        <translation>Alarm nach dem Stichtag nicht berechnet: kein deforestation_alert</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: deforestation_alert &apos;{alert}&apos; not understood</source>
        <translation>Alarm nach dem Stichtag nicht berechnet: deforestation_alert „{alert}“ nicht verstanden</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: deforestation_start or deforestation_end is not a date</source>
        <translation>Alarm nach dem Stichtag nicht berechnet: deforestation_start oder deforestation_end ist kein Datum</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert area not computed: no noncompliance_area</source>
        <translation>Alarmfläche nicht berechnet: kein noncompliance_area</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert dated {alert_date}, on or before {cutoff}: noted, not counted</source>
        <translation>Alarm vom {alert_date}, am oder vor dem {cutoff}: vermerkt, nicht gezählt</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss at most {review_loss} %, score at most {review_score}, no alert after {cutoff}</source>
        <translation>Waldverlust höchstens {review_loss} %, Score höchstens {review_score}, kein Alarm nach dem {cutoff}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss</source>
        <translation>Waldverlust</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert</source>
        <translation>Alarm nach dem Stichtag</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert area</source>
        <translation>Alarmfläche</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Data uncertainty</source>
        <translation>Datenunsicherheit</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>plot location</source>
        <translation>Standort der Parzelle</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>producer&apos;s country</source>
        <translation>Land des Erzeugers</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{verdict} (score {score})</source>
        <translation>{verdict} (Score {score})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is not a number: {value}</source>
        <translation>{field} ist keine Zahl: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is out of range: {value} ({range})</source>
        <translation>{field} liegt außerhalb des Bereichs: {value} ({range})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is too large to store: {value} (a GeoPackage integer holds at most {max})</source>
        <translation>{field} ist zu groß zum Speichern: {value} (eine GeoPackage-Ganzzahl fasst höchstens {max})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>NUL character removed from {field}</source>
        <translation>NUL-Zeichen aus {field} entfernt</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} too large to store, left empty: {value}</source>
        <translation>{field} zu groß zum Speichern, leer gelassen: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} too large for an integer, stored as a real: {value}</source>
        <translation>{field} zu groß für eine Ganzzahl, als Gleitkommazahl gespeichert: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Bytes that are not UTF-8 replaced by U+FFFD (line {field}, byte {value})</source>
        <translation>Bytes, die kein UTF-8 sind, durch U+FFFD ersetzt (Zeile {field}, Byte {value})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>a fraction from 0 to 1</source>
        <translation>ein Anteil von 0 bis 1</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>a whole number of plots, 0 or more</source>
        <translation>eine ganze Zahl von Parzellen, 0 oder mehr</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>an area of 0 ha or more</source>
        <translation>eine Fläche von 0 ha oder mehr</translation>
    </message>
</context>
<context>
    <name>ExportTracesGeojson</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Export EU-ready GeoJSON (TRACES)</source>
        <translation>EU-fähiges GeoJSON exportieren (TRACES)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Writes GeoJSON for the EU Information System: only ProducerName, ProducerCountry, ProductionPlace and Area; coordinates truncated to 6 decimals, as the EU system stores them; lon/lat; GeometryCollections as they are. Each file is one bundle: what one Due Diligence Statement can carry (under 25 MB both as written and base64-encoded, at most 1,000 producers of the commodity); the summary says which limit closed each file. A feature with preflight errors refuses the export (nothing is written; the message names it) unless INCLUDE_ERRORS. Features written without ProducerCountry are warned about: map it with COUNTRY_FIELD.</source>
        <translation>Schreibt GeoJSON für das EU-Informationssystem: nur ProducerName, ProducerCountry, ProductionPlace und Area; Koordinaten auf 6 Nachkommastellen abgeschnitten, wie das EU-System sie speichert; Länge/Breite; GeometryCollections unverändert. Jede Datei ist ein Paket: so viel, wie eine Sorgfaltserklärung aufnehmen kann (unter 25 MB sowohl wie geschrieben als auch base64-kodiert, höchstens 1.000 Erzeuger des Rohstoffs); die Zusammenfassung nennt, welches Limit jede Datei abgeschlossen hat. Ein Objekt mit Fehlern aus der Vorabprüfung verhindert den Export (nichts wird geschrieben; die Meldung nennt das Objekt), außer mit INCLUDE_ERRORS. Für Objekte, die ohne ProducerCountry geschrieben werden, erscheint eine Warnung: Ordnen Sie es mit COUNTRY_FIELD zu.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots</source>
        <translation>Parzellen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProducerName from</source>
        <translation>ProducerName aus</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProducerCountry from</source>
        <translation>ProducerCountry aus</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProductionPlace from</source>
        <translation>ProductionPlace aus</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area from</source>
        <translation>Area aus</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Include features with errors</source>
        <translation>Objekte mit Fehlern einbeziehen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>File name prefix</source>
        <translation>Präfix der Dateinamen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Files written</source>
        <translation>Geschriebene Dateien</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>What went where (JSON)</source>
        <translation>Was wohin ging (JSON)</translation>
    </message>
</context>
<context>
    <name>FacilityCard</name>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>Untitled source</source>
        <translation>Quelle ohne Titel</translation>
    </message>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>Risk signal: {signal}; relevance: {relevance}</source>
        <translation>Risikosignal: {signal}; Relevanz: {relevance}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No commodity presence</source>
        <translation>Kein Rohstoff vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Low commodity presence</source>
        <translation>Wenig Rohstoff vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No POI nearby</source>
        <translation>Kein POI in der Nähe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No building presence</source>
        <translation>Keine Gebäude</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No road access</source>
        <translation>Keine Straßenanbindung</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>High building density (urban)</source>
        <translation>Hohe Gebäudedichte (städtisch)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Deforestation nearby</source>
        <translation>Entwaldung in der Nähe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Check a facility here</source>
        <translation>Hier einen Betrieb prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Pick on the map</source>
        <translation>Auf der Karte wählen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Click a point on the map: Epoch validates it as a facility with the commodity and facility options above.</source>
        <translation>Klicken Sie auf einen Punkt der Karte: Epoch validiert ihn als Betrieb mit den Rohstoff- und Betriebsoptionen oben.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>or type longitude, latitude (WGS 84)</source>
        <translation>oder Längengrad, Breitengrad eingeben (WGS 84)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Include deforestation within 50 km</source>
        <translation>Entwaldung im Umkreis von 50 km</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Click the facility on the map.</source>
        <translation>Klicken Sie auf der Karte auf den Betrieb.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Type the point as longitude, latitude in WGS 84 degrees, e.g. {example}.</source>
        <translation>Geben Sie den Punkt als Längengrad, Breitengrad in WGS-84-Grad ein, z. B. {example}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>A check is running: wait for its answer.</source>
        <translation>Eine Prüfung läuft: Warten Sie auf ihre Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Checking the facility at {point} ...</source>
        <translation>Betrieb bei {point} wird geprüft ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Checking a facility</source>
        <translation>Betrieb wird geprüft</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{name} — score {score}, {level}</source>
        <translation>{name} — Score {score}, {level}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Facility</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Penalties (from 1.00):</source>
        <translation>Abzüge (ab 1,00):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No penalty: every scored signal is present.</source>
        <translation>Kein Abzug: Jedes bewertete Signal ist vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Warning: {text}</source>
        <translation>Warnung: {text}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Legality sources (Article 10): not asked (tick an Article 10 check above).</source>
        <translation>Legalitätsquellen (Art. 10): nicht angefordert (kreuzen Sie oben eine Art.-10-Prüfung an).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Legality risk (Article 10): {level} ({score})</source>
        <translation>Legalitätsrisiko (Artikel 10): {level} ({score})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{n} source</source>
        <translation>{n} Quelle</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{n} sources</source>
        <translation>{n} Quellen</translation>
    </message>
    <message>
        <source>Checking the facility at {lon}, {lat} ...</source>
        <translation type="obsolete">Betrieb bei {lon}, {lat} wird geprüft ...</translation>
    </message>
    <message>
        <source>Type the point as longitude, latitude in WGS 84 degrees, e.g. 100.5018, 13.7563.</source>
        <translation type="obsolete">Geben Sie den Punkt als Längengrad, Breitengrad in WGS-84-Grad ein, z. B. 100.5018, 13.7563.</translation>
    </message>
    <message>
        <source>{id} — score {score}, {level}</source>
        <translation type="obsolete">{id} — Score {score}, {level}</translation>
    </message>
    <message>
        <source>Facility checked at {lon}, {lat}: {level} ({score})</source>
        <translation type="obsolete">Betrieb bei {lon}, {lat} geprüft: {level} ({score})</translation>
    </message>
    <message>
        <source>{n} legality source</source>
        <translation type="obsolete">{n} Legalitätsquelle</translation>
    </message>
    <message>
        <source>{n} legality sources</source>
        <translation type="obsolete">{n} Legalitätsquellen</translation>
    </message>
    <message>
        <source>{n} check kept</source>
        <translation type="obsolete">{n} Prüfung gespeichert</translation>
    </message>
    <message>
        <source>{n} checks kept</source>
        <translation type="obsolete">{n} Prüfungen gespeichert</translation>
    </message>
    <message>
        <source>Checking the facility at {lon:.5f}, {lat:.5f} ...</source>
        <translation type="obsolete">Betrieb bei {lon:.5f}, {lat:.5f} wird geprüft ...</translation>
    </message>
    <message>
        <source>Legality risk (Article 10): {level} ({score}); {n} source(s)</source>
        <translation type="obsolete">Legalitätsrisiko (Artikel 10): {level} ({score}); Quellen: {n}</translation>
    </message>
    <message>
        <source>Legality sources (Article 10): not asked (tick &apos;Legality sources&apos; above).</source>
        <translation type="obsolete">Legalitätsquellen (Artikel 10): nicht angefragt (oben „Legalitätsquellen“ anhaken).</translation>
    </message>
</context>
<context>
    <name>FacilityChecks</name>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{point} is outside the world&apos;s coordinates (longitude -180 to 180, latitude -90 to 90): click on land, or type longitude, latitude in WGS 84.</source>
        <translation>{point} liegt außerhalb der Weltkoordinaten (Längengrad -180 bis 180, Breitengrad -90 bis 90): Klicken Sie auf Land oder geben Sie Längengrad, Breitengrad in WGS 84 ein.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{point} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation>{point} liegt auf See (dort kein Land auf der Weltkarte): Ein Betrieb liegt an Land. Klicken Sie auf den Standort des Betriebs.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>The map has no coordinate reference system: set the project&apos;s CRS first.</source>
        <translation>Die Karte hat kein Koordinatenbezugssystem: Legen Sie zuerst das KBS des Projekts fest.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>This point cannot be placed on the globe from {crs}: click inside the map&apos;s valid area.</source>
        <translation>Dieser Punkt lässt sich aus {crs} nicht auf dem Globus verorten: Klicken Sie in den gültigen Bereich der Karte.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Facility checked at {point}: {level} ({score})</source>
        <translation>Betrieb bei {point} geprüft: {level} ({score})</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} legality source</source>
        <translation>{n} Legalitätsquelle</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} legality sources</source>
        <translation>{n} Legalitätsquellen</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} check kept</source>
        <translation>{n} Prüfung gespeichert</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} checks kept</source>
        <translation>{n} Prüfungen gespeichert</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>The server answered without a result for {lon:.5f}, {lat:.5f}; nothing was kept.</source>
        <translation>Der Server hat für {lon:.5f}, {lat:.5f} ohne Ergebnis geantwortet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Checked facilities: legality sources</source>
        <translation>Geprüfte Betriebe: Legalitätsquellen</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Checked facilities</source>
        <translation>Geprüfte Betriebe</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Legality sources of the checked facility</source>
        <translation>Legalitätsquellen des geprüften Betriebs</translation>
    </message>
    <message>
        <source>{lon}, {lat} is outside the world&apos;s coordinates (longitude -180 to 180, latitude -90 to 90): click on land, or type longitude, latitude in WGS 84.</source>
        <translation type="obsolete">{lon}, {lat} liegt außerhalb der Weltkoordinaten (Längengrad -180 bis 180, Breitengrad -90 bis 90): Klicken Sie auf Land oder geben Sie Längengrad, Breitengrad in WGS 84 ein.</translation>
    </message>
    <message>
        <source>{lon}, {lat} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation type="obsolete">{lon}, {lat} liegt auf See (dort kein Land auf der Weltkarte): Ein Betrieb liegt an Land. Klicken Sie auf den Standort des Betriebs.</translation>
    </message>
    <message>
        <source>Facility checked at {lon}, {lat}: {level} ({score})</source>
        <translation type="obsolete">Betrieb bei {lon}, {lat} geprüft: {level} ({score})</translation>
    </message>
    <message>
        <source>{lon:.5f}, {lat:.5f} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation type="obsolete">{lon:.5f}, {lat:.5f} liegt auf See (dort kein Land auf der Weltkarte): Ein Betrieb liegt an Land. Klicken Sie auf den Standort des Betriebs.</translation>
    </message>
    <message>
        <source>Facility checked at {lon:.5f}, {lat:.5f}: {level} ({score})</source>
        <translation type="obsolete">Betrieb bei {lon:.5f}, {lat:.5f} geprüft: {level} ({score})</translation>
    </message>
    <message>
        <source>{n} legality source(s)</source>
        <translation type="obsolete">Legalitätsquellen: {n}</translation>
    </message>
    <message>
        <source>{n} check(s) kept</source>
        <translation type="obsolete">Gespeicherte Prüfungen: {n}</translation>
    </message>
</context>
<context>
    <name>FacilitySources</name>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>Article 10 sources of {facility}:</source>
        <translation>Quellen nach Artikel 10 zu {facility}:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>No Article 10 source found for {facility}.</source>
        <translation>Keine Quelle nach Artikel 10 zu {facility} gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>this facility</source>
        <translation>diesem Betrieb</translation>
    </message>
</context>
<context>
    <name>FetchAssessments</name>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Fetch producer assessments</source>
        <translation>Erzeugerbewertungen abrufen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Loads every supply-shed and direct-plot assessment (stat_type=all, table_extension=eudr) with the dashboard&apos;s verdicts: status, status_key, assessment_type, nc_percent, risk_rank. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31. With KEEP_SNAPSHOT, the load is also kept as a snapshot in the output GeoPackage, for compare_assessments.</source>
        <translation>Lädt jede Einzugsgebiets- und Direktbewertung von Parzellen (stat_type=all, table_extension=eudr) mit den Ergebnissen des Dashboards: status, status_key, assessment_type, nc_percent, risk_rank. MONITORING_START / MONITORING_END (YYYY-MM-DD) begrenzen die gezählte Entwaldung; der Beginn ist standardmäßig der EUDR-Stichtag, 2020-12-31. Mit KEEP_SNAPSHOT wird der Abruf zusätzlich als Snapshot im Ausgabe-GeoPackage gespeichert, für compare_assessments.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Maximum rows</source>
        <translation>Maximale Zeilenzahl</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Commodity filter</source>
        <translation>Rohstofffilter</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Country filter</source>
        <translation>Länderfilter</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producer (company) filter</source>
        <translation>Erzeugerfilter (Unternehmen)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Keep this load as a snapshot (for compare_assessments)</source>
        <translation>Diesen Abruf als Snapshot speichern (für compare_assessments)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Assessments</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producers per status</source>
        <translation>Erzeuger je Status</translation>
    </message>
</context>
<context>
    <name>FetchPlots</name>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>{count} of {collection} written</source>
        <translation>{count} von {collection} geschrieben</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>&apos;{producer}&apos; (collection {id}) has no plots: it is Not Assessable ({reason}), so Epoch checked none.</source>
        <translation>„{producer}“ (Sammlung {id}) hat keine Parzellen: Sie ist nicht bewertbar ({reason}), daher hat Epoch keine geprüft.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Fetch plots of a collection (drill-down)</source>
        <translation>Parzellen einer Sammlung abrufen (Detailansicht)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Loads the plots of one assessed collection with their deforestation figures and a binary status: Non-Compliant above 0.5 ha of post-2020 loss, else Compliant (Data Error, with the reason in data_error, when the area is not a number). No more than LIMIT plots are read. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31. A collection the server does not know, or a Not Assessable one without plots, is refused before anything is written.</source>
        <translation>Lädt die Parzellen einer bewerteten Sammlung mit ihren Entwaldungszahlen und einem binären Status: Nicht konform bei mehr als 0,5 ha Verlust nach 2020, sonst Konform (Datenfehler, mit dem Grund in data_error, wenn die Fläche keine Zahl ist). Es werden höchstens LIMIT Parzellen gelesen. MONITORING_START / MONITORING_END (YYYY-MM-DD) begrenzen die gezählte Entwaldung; der Beginn ist standardmäßig der EUDR-Stichtag, 2020-12-31. Eine Sammlung, die der Server nicht kennt, oder eine nicht bewertbare ohne Parzellen wird abgelehnt, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Collection id</source>
        <translation>Sammlungs-ID</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Maximum plots</source>
        <translation>Maximale Parzellenzahl</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Plots</source>
        <translation>Parzellen</translation>
    </message>
</context>
<context>
    <name>FieldAliases</name>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Producer</source>
        <translation>Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Commodity</source>
        <translation>Rohstoff</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Admin 1</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Assessment</source>
        <translation>Bewertungsart</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC Plots</source>
        <translation>Nicht konforme Parzellen</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC %</source>
        <translation>% nicht konform</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Article 10</source>
        <translation>Artikel 10</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Status key</source>
        <translation>Statusschlüssel</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk rank</source>
        <translation>Risikorang</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Skip reason</source>
        <translation>Auslassungsgrund</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Locations confidence</source>
        <translation>Konfidenz der Standorte</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC area (ha)</source>
        <translation>Nicht konform (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC area fraction</source>
        <translation>Nicht konform (Anteil)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC rate</source>
        <translation>Nicht konform (Rate)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Supply shed (ha)</source>
        <translation>Einzugsgebiet (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Stat type</source>
        <translation>Statistiktyp</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Supplier ID</source>
        <translation>Lieferanten-ID</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Facility location</source>
        <translation>Standort des Betriebs</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Metadata (JSON)</source>
        <translation>Metadaten (JSON)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Data error</source>
        <translation>Datenfehler</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>EU country risk</source>
        <translation>EU-Länderrisiko</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>EU check %</source>
        <translation>% EU-Kontrollen</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plot</source>
        <translation>Parzelle</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Area (ha)</source>
        <translation>Fläche (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Loss from</source>
        <translation>Verlust ab</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Loss to</source>
        <translation>Verlust bis</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Second opinion</source>
        <translation>Zweitmeinung</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Second opinion score</source>
        <translation>Score der Zweitmeinung</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country</source>
        <translation>Zweitmeinung: Land</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: forest loss</source>
        <translation>Zweitmeinung: Waldverlust</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert</source>
        <translation>Zweitmeinung: Alarm</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert area</source>
        <translation>Zweitmeinung: Alarmfläche</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: uncertainty</source>
        <translation>Zweitmeinung: Unsicherheit</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: forest loss %</source>
        <translation>Zweitmeinung: % Waldverlust</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert date</source>
        <translation>Zweitmeinung: Alarmdatum</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country code</source>
        <translation>Zweitmeinung: Ländercode</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country risk</source>
        <translation>Zweitmeinung: Länderrisiko</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country from</source>
        <translation>Zweitmeinung: Quelle des Landes</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: reasons</source>
        <translation>Zweitmeinung: Gründe</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Epoch and 2nd opinion disagree</source>
        <translation>Epoch und Zweitmeinung weichen ab</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Facility ID</source>
        <translation>Betriebs-ID</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Comm. Presence</source>
        <translation>Rohstoff vorh.</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>POI</source>
        <translation>POI</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Road</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Port</source>
        <translation>Hafen</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>High Density</source>
        <translation>Hohe Dichte</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Producer Name</source>
        <translation>Erzeugername</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Deforestation (ha)</source>
        <translation>Entwaldung (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Recomputed score</source>
        <translation>Neu berechneter Score</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Recomputed level</source>
        <translation>Neu berechnete Stufe</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No commodity presence</source>
        <translation>Abzug: kein Rohstoff vorhanden</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: Low commodity presence</source>
        <translation>Abzug: wenig Rohstoff vorhanden</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No POI nearby</source>
        <translation>Abzug: kein POI in der Nähe</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No building presence</source>
        <translation>Abzug: keine Gebäude</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No road access</source>
        <translation>Abzug: keine Straßenanbindung</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: High building density (urban)</source>
        <translation>Abzug: hohe Gebäudedichte (städtisch)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: Deforestation nearby</source>
        <translation>Abzug: Entwaldung in der Nähe</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Source feature</source>
        <translation>Quellobjekt</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Protected area</source>
        <translation>Schutzgebiet</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Checked at (UTC)</source>
        <translation>Geprüft am (UTC)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Commodity radius (m)</source>
        <translation>Rohstoffradius (m)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Options sent (JSON)</source>
        <translation>Gesendete Optionen (JSON)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality risk score</source>
        <translation>Legalitätsrisiko-Score</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality risk</source>
        <translation>Legalitätsrisiko</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality summary</source>
        <translation>Legalitätsübersicht</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality sources</source>
        <translation>Legalitätsquellen</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Safe link</source>
        <translation>Sicherer Link</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Snippet</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk signal</source>
        <translation>Risikosignal</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Sandbox data</source>
        <translation>Sandbox-Daten</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Non-compliant area (ha)</source>
        <translation>Nicht konforme Fläche (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Location type</source>
        <translation>Standorttyp</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plot index</source>
        <translation>Parzellenindex</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Area source</source>
        <translation>Herkunft der Fläche</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plots</source>
        <translation>Parzellen</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Data note</source>
        <translation>Datenhinweis</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>The declared commodity</source>
        <translation>Der angegebene Rohstoff</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Another crop</source>
        <translation>Eine andere Kultur</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Forest</source>
        <translation>Wald</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Recently cleared (stumps, burning)</source>
        <translation>Kürzlich gerodet (Stümpfe, Brandspuren)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Regrowth / fallow</source>
        <translation>Nachwuchs / Brache</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Pasture or grassland</source>
        <translation>Weide oder Grünland</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Buildings or roads</source>
        <translation>Gebäude oder Straßen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Could not reach the plot</source>
        <translation>Parzelle nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Other (see notes)</source>
        <translation>Sonstiges (siehe Notizen)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Plot</source>
        <translation>Parzelle</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch plot ID</source>
        <translation>Epoch-Parzellen-ID</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Plot UUID</source>
        <translation>Parzellen-UUID</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Producer</source>
        <translation>Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Commodity</source>
        <translation>Rohstoff</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Why visit</source>
        <translation>Besuchsgrund</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch status</source>
        <translation>Epoch-Status</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Second opinion</source>
        <translation>Zweitmeinung</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Area (ha)</source>
        <translation>Fläche (ha)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Deforested after 2020 (ha)</source>
        <translation>Nach 2020 entwaldet (ha)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Alert from</source>
        <translation>Alarm ab</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Alert to</source>
        <translation>Alarm bis</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Visit date</source>
        <translation>Besuchsdatum</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Observed land use</source>
        <translation>Beobachtete Landnutzung</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Deforestation seen</source>
        <translation>Entwaldung festgestellt</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch EUDR field checks</source>
        <translation>Epoch-EUDR-Feldkontrollen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Field checks (plots to visit)</source>
        <translation>Feldkontrollen (zu besuchende Parzellen)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>All plots</source>
        <translation>Alle Parzellen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Assessment outlines</source>
        <translation>Umrisse der Bewertungen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Facilities</source>
        <translation>Betriebe</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Could not write the QField project {file}: {error}</source>
        <translation>Das QField-Projekt {file} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Supply-shed outlines</source>
        <translation type="obsolete">Einzugsgebietsumrisse</translation>
    </message>
    <message>
        <source>Could not build the style of &apos;{layer}&apos;: {error}</source>
        <translation type="obsolete">Der Stil von „{layer}“ konnte nicht erstellt werden: {error}</translation>
    </message>
</context>
<context>
    <name>FieldReport</name>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>{n} producer assessment to report on</source>
        <translation>Erzeugerbewertungen für den Bericht: {n}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>{n} producer assessments to report on</source>
        <translation>Erzeugerbewertungen für den Bericht: {n}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>FILTER {expression} is not a valid expression: {error}.</source>
        <translation>FILTER {expression} ist kein gültiger Ausdruck: {error}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>FILTER {expression} names {missing}, which &apos;{layer}&apos; does not have. Its fields: {fields}.</source>
        <translation>FILTER {expression} nennt {missing}, das „{layer}“ nicht hat. Seine Felder: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report (PDF) and QField copy</source>
        <translation>Feldbericht (PDF) und QField-Kopie</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>A PDF for a field team, built with a print layout and an atlas: one section per producer assessment (the rows of ASSESSMENTS: selected only, and/or those FILTER keeps), most severe status first. Each section has a map of the plots coloured by Epoch&apos;s status with the supply-shed outline, the facility, a scale bar, a north arrow, a grid in degrees and a locator map of the country (no basemap: it works offline); a legend with the counts; the producer&apos;s status, EU country risk, Article 10 risk, assessment date and data source (sandbox data is said to be synthetic); and a table of the plots to visit (Epoch Non-Compliant, or not Compliant in the second opinion) with area, deforested hectares, alert dates and the centroid&apos;s latitude and longitude (6 decimals), numbered as on the map. Pages are numbered. The plots come from DRILLDOWNS (a GeoPackage holding drill-downs: the dock&apos;s results file, fetch_plots outputs) when it has them, else from the server (SERVER, AUTHCFG). With OUTPUT_FOLDER, that folder also gets &lt;name&gt;.gpkg (the report&apos;s layers and a field_checks layer of the plots to visit, with edit widgets for visit date, observed land use, deforestation seen, photo and notes) and &lt;name&gt;.qgz opening it by a relative path, ready for QFieldSync; what was filled in an earlier field_checks there is kept.</source>
        <translation>Ein PDF für ein Feldteam, erstellt mit einem Drucklayout und einem Atlas: ein Abschnitt je Erzeugerbewertung (die Zeilen von ASSESSMENTS: nur gewählte und/oder die, die FILTER behält), schwerster Status zuerst. Jeder Abschnitt enthält eine Karte der Parzellen, eingefärbt nach Epoch-Status, mit dem Umriss des Einzugsgebiets, dem Betrieb, einer Maßstabsleiste, einem Nordpfeil, einem Gradnetz und einer Übersichtskarte des Landes (keine Hintergrundkarte: funktioniert offline); eine Legende mit den Anzahlen; Status des Erzeugers, EU-Länderrisiko, Artikel-10-Risiko, Bewertungsdatum und Datenquelle (Sandbox-Daten werden als synthetisch gekennzeichnet); und eine Tabelle der zu besuchenden Parzellen (bei Epoch nicht konform oder in der Zweitmeinung nicht konform) mit Fläche, entwaldeten Hektar, Alarmdaten sowie Breiten- und Längengrad des Schwerpunkts (6 Nachkommastellen), nummeriert wie auf der Karte. Die Seiten sind nummeriert. Die Parzellen stammen aus DRILLDOWNS (ein GeoPackage mit Detailansichten: die Ergebnisdatei des Bedienfelds, Ausgaben von fetch_plots), wenn es sie enthält, sonst vom Server (SERVER, AUTHCFG). Mit OUTPUT_FOLDER erhält dieser Ordner zusätzlich &lt;name&gt;.gpkg (die Layer des Berichts und einen Layer field_checks der zu besuchenden Parzellen, mit Bearbeitungselementen für Besuchsdatum, beobachtete Landnutzung, festgestellte Entwaldung, Foto und Notizen) und &lt;name&gt;.qgz, das es über einen relativen Pfad öffnet, bereit für QFieldSync; was in einem früheren field_checks dort erfasst wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer assessments</source>
        <translation>Erzeugerbewertungen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Selected producers only</source>
        <translation>Nur gewählte Erzeuger</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Only the producers this expression keeps</source>
        <translation>Nur die Erzeuger, die dieser Ausdruck behält</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>GeoPackage with saved drill-downs (read offline)</source>
        <translation>GeoPackage mit gespeicherten Detailansichten (offline gelesen)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Maximum plots per producer fetched</source>
        <translation>Maximal abgerufene Parzellen je Erzeuger</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report</source>
        <translation>Feldbericht</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField copy (folder)</source>
        <translation>QField-Kopie (Ordner)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField project</source>
        <translation>QField-Projekt</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer sections</source>
        <translation>Erzeugerabschnitte</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Plots to visit</source>
        <translation>Zu besuchende Parzellen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>No assessments layer.</source>
        <translation>Kein Bewertungslayer.</translation>
    </message>
    <message>
        <source>{n} producer assessment(s) to report on</source>
        <translation type="obsolete">{n} Erzeugerbewertung(en) für den Bericht</translation>
    </message>
</context>
<context>
    <name>GeoPackageWriter</name>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>Cannot write in {folder}: {error}. Choose another folder.</source>
        <translation>In {folder} kann nicht geschrieben werden: {error}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>The disk holding {folder} ({disk}) is full ({free} free): {file} was left as it was. Free some space there or choose a folder on another disk, then run again.</source>
        <translation>Der Datenträger mit {folder} ({disk}) ist voll ({free} frei): {file} blieb unverändert. Schaffen Sie dort Platz oder wählen Sie einen Ordner auf einem anderen Datenträger und führen Sie den Vorgang erneut aus.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{file} is locked by another program; it is open in {programs}. Close it there (or save or discard its edits), then run again: the file was left as it was.</source>
        <translation>{file} ist von einem anderen Programm gesperrt; die Datei ist in {programs} geöffnet. Schließen Sie sie dort (oder speichern oder verwerfen Sie ihre Änderungen) und führen Sie den Vorgang erneut aus: Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{file} is locked by another program: close it there and run again.</source>
        <translation>{file} ist von einem anderen Programm gesperrt: Schließen Sie die Datei dort und führen Sie den Vorgang erneut aus.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>Could not write layer &apos;{layer}&apos; to {file}: {error}</source>
        <translation>Layer „{layer}“ konnte nicht in {file} geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{program} (process {pid})</source>
        <translation>{program} (Prozess {pid})</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>this QGIS (process {pid})</source>
        <translation>dieses QGIS (Prozess {pid})</translation>
    </message>
</context>
<context>
    <name>Geocoding</name>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Choose the CSV or XLSX file of addresses to geocode.</source>
        <translation>Wählen Sie die CSV- oder XLSX-Datei mit den zu geokodierenden Adressen.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{name}: geocoding takes a CSV or XLSX file of addresses (one row per facility); this file is neither.</source>
        <translation>{name}: Die Geokodierung nimmt eine CSV- oder XLSX-Datei mit Adressen (eine Zeile je Betrieb); diese Datei ist keins von beiden.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{name}: the file does not exist (moved or deleted?).</source>
        <translation>{name}: Die Datei existiert nicht (verschoben oder gelöscht?).</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>the server&apos;s answer left it out</source>
        <translation>die Antwort des Servers hat sie ausgelassen</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>the server says: “{reason}”</source>
        <translation>der Server meldet: „{reason}“</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>no place found</source>
        <translation>kein Ort gefunden</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>row {row} ({name}): {why}</source>
        <translation>Zeile {row} ({name}): {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>row {row}: {why}</source>
        <translation>Zeile {row}: {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>and {n} more row (see the layer&apos;s preview_status column)</source>
        <translation>und {n} weitere Zeile (siehe Spalte preview_status des Layers)</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>and {n} more rows (see the layer&apos;s preview_status column)</source>
        <translation>und {n} weitere Zeilen (siehe Spalte preview_status des Layers)</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Not geocoded: {rows}. This row is in the layer without a point: fix its address in the file and preview again, or place it by hand.</source>
        <translation>Nicht geokodiert: {rows}. Diese Zeile steht ohne Punkt im Layer: Korrigieren Sie ihre Adresse in der Datei und starten Sie die Vorschau erneut, oder platzieren Sie sie von Hand.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Not geocoded: {rows}. These rows are in the layer without a point: fix their address in the file and preview again, or place them by hand.</source>
        <translation>Nicht geokodiert: {rows}. Diese Zeilen stehen ohne Punkt im Layer: Korrigieren Sie ihre Adresse in der Datei und starten Sie die Vorschau erneut, oder platzieren Sie sie von Hand.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{placed} of {total} row geocoded: check the point (move it if it is wrong) before screening this layer.</source>
        <translation>{placed} von {total} Zeile geokodiert: Prüfen Sie den Punkt (verschieben Sie ihn, wenn er falsch ist), bevor Sie das Screening dieses Layers starten.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{placed} of {total} rows geocoded: check the points (move any that is wrong) before screening this layer.</source>
        <translation>{placed} von {total} Zeilen geokodiert: Prüfen Sie die Punkte (verschieben Sie falsche), bevor Sie das Screening dieses Layers starten.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>placed</source>
        <translation>platziert</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>not placed</source>
        <translation>nicht platziert</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoding</source>
        <translation>Geokodierung</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Row in the file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoding note</source>
        <translation>Hinweis zur Geokodierung</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoded: {file}</source>
        <translation>Geokodiert: {file}</translation>
    </message>
    <message>
        <source>the server says: {reason}</source>
        <translation type="obsolete">der Server meldet: {reason}</translation>
    </message>
    <message>
        <source>and {n} more (see the layer&apos;s preview_status column)</source>
        <translation type="obsolete">und {n} weitere (siehe Spalte preview_status des Layers)</translation>
    </message>
</context>
<context>
    <name>GpkgWriter</name>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>&apos;{name}&apos; as &apos;{column}&apos;</source>
        <translation>„{name}“ als „{column}“</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{names} and {n} more</source>
        <translation>{names} und {n} weitere</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} property name renamed for the GeoPackage: {names}</source>
        <translation>{n} Eigenschaftsname für das GeoPackage umbenannt: {names}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} property names renamed for the GeoPackage: {names}</source>
        <translation>{n} Eigenschaftsnamen für das GeoPackage umbenannt: {names}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} more property name not kept (a layer holds at most {limit} columns)</source>
        <translation>{n} weiterer Eigenschaftsname nicht übernommen (eine Ebene hat höchstens {limit} Spalten)</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} more property names not kept (a layer holds at most {limit} columns)</source>
        <translation>{n} weitere Eigenschaftsnamen nicht übernommen (eine Ebene hat höchstens {limit} Spalten)</translation>
    </message>
</context>
<context>
    <name>JobWatcher</name>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>log in to check the submitted jobs</source>
        <translation>melden Sie sich an, um die eingereichten Aufträge abzufragen</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Checking submitted collections</source>
        <translation>Eingereichte Sammlungen werden abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Load assessments</source>
        <translation>Bewertungen laden</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Results of {name} are ready.</source>
        <translation>Die Ergebnisse von {name} sind fertig.</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>{names} and {n} other collection</source>
        <translation>{names} und {n} weitere Sammlung</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>{names} and {n} other collections</source>
        <translation>{names} und {n} weitere Sammlungen</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Results of {count} collections are ready: {names}.</source>
        <translation>Die Ergebnisse von {count} Sammlungen sind fertig: {names}.</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation type="obsolete">{names} und {n} weitere</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it was cut short</source>
        <translation>sie ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it is not a list of jobs</source>
        <translation>sie ist keine Auftragsliste</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>some records are unreadable</source>
        <translation>einige Einträge sind unlesbar</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} job still readable in it.</source>
        <translation>Die Datei der eingereichten Aufträge konnte nicht vollständig gelesen werden ({why}): Sie wurde als {kept} aufbewahrt, und eine neue Liste wurde mit den noch lesbaren Aufträgen begonnen ({n}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} jobs still readable in it.</source>
        <translation>Die Datei der eingereichten Aufträge konnte nicht vollständig gelesen werden ({why}): Sie wurde als {kept} aufbewahrt, und eine neue Liste wurde mit den noch lesbaren Aufträgen begonnen ({n}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>Cannot save the submitted jobs in {path}: {reason}</source>
        <translation>Die eingereichten Aufträge können nicht in {path} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} job(s) still readable in it.</source>
        <translation type="obsolete">Die Datei der eingereichten Aufträge konnte nicht vollständig gelesen werden ({why}): Sie wurde als {kept} aufbewahrt, und eine neue Liste wurde mit den noch lesbaren Aufträgen begonnen ({n}).</translation>
    </message>
</context>
<context>
    <name>LayerFeatures</name>
    <message>
        <location filename="../layers/inputs/features.py"/>
        <source>Cannot open the layer {layer} of {path}: load it again.</source>
        <translation>Der Layer {layer} von {path} kann nicht geöffnet werden: Laden Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/features.py"/>
        <source>The filter of {layer} cannot be read ({error}): clear it and try again.</source>
        <translation>Der Filter von {layer} kann nicht gelesen werden ({error}): Entfernen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LayerJoin</name>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>These results have no source feature ids; screen the layer again to join them.</source>
        <translation>Diese Ergebnisse haben keine Quellobjekt-IDs; führen Sie das Screening des Layers erneut durch, um sie zu verknüpfen.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS refused to add the feature id field to &apos;{layer}&apos;.</source>
        <translation>QGIS hat das Hinzufügen des Objekt-ID-Felds zu „{layer}“ abgelehnt.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>{layer} (joined)</source>
        <translation>{layer} (Verknüpfung)</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS could not open the results of &apos;{layer}&apos; again to join them.</source>
        <translation>QGIS konnte die Ergebnisse von „{layer}“ nicht erneut öffnen, um sie zu verknüpfen.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS refused to join the results to &apos;{layer}&apos;.</source>
        <translation>QGIS hat die Verknüpfung der Ergebnisse mit „{layer}“ abgelehnt.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>Could not read the fields {fields} of &apos;{layer}&apos; ({path}) with GDAL; nothing was written.</source>
        <translation>Die Felder {fields} von „{layer}“ ({path}) konnten mit GDAL nicht gelesen werden; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>LayerPreflight</name>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; {n} feature written fixed (checked again: {after})</source>
        <translation>; {n} Objekt korrigiert ausgegeben (erneut geprüft: {after})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; {n} features written fixed (checked again: {after})</source>
        <translation>; korrigiert ausgegebene Objekte: {n} (erneut geprüft: {after})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source> (most frequent: {codes})</source>
        <translation> (am häufigsten: {codes})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{errors}, {warnings}, {ok}</source>
        <translation>{errors}, {warnings}, {ok}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} error</source>
        <translation>Fehler: {n}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} errors</source>
        <translation>Fehler: {n}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} warning</source>
        <translation>Warnungen: {n}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} warnings</source>
        <translation>Warnungen: {n}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} feature OK</source>
        <translation>OK: {n} Objekt</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} features OK</source>
        <translation>OK: {n} Objekte</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table without geometry: the check before upload tests plot and facility geometries against the EU rules, so there is nothing to check. Open the file with its coordinate columns as points (Layer &gt; Add Layer &gt; Add Delimited Text Layer, X and Y fields), or screen the table as facility addresses to geocode.</source>
        <translation>„{layer}“ ist eine Tabelle ohne Geometrie: Die Vorabprüfung prüft Parzellen- und Betriebsgeometrien gegen die EU-Regeln, es gibt also nichts zu prüfen. Öffnen Sie die Datei mit ihren Koordinatenspalten als Punkte (Layer &gt; Layer hinzufügen &gt; Getrennte Texte als Layer hinzufügen, X- und Y-Felder), oder führen Sie das Screening der Tabelle als Betriebsadressen zum Geokodieren durch.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: give both the latitude and the longitude column (columns: {fields}){unknown}.</source>
        <translation>„{layer}“: Geben Sie sowohl die Breiten- als auch die Längengradspalte an (Spalten: {fields}){unknown}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; no column {name}</source>
        <translation>; keine Spalte {name}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table: its columns {columns} may hold the coordinates, but which are the latitude and the longitude is not clear: choose them (LATITUDE_FIELD and LONGITUDE_FIELD in Processing).</source>
        <translation>„{layer}“ ist eine Tabelle: Die Spalten {columns} können die Koordinaten enthalten, aber welche Breiten- und welche Längengrad ist, ist unklar: Wählen Sie sie aus (LATITUDE_FIELD und LONGITUDE_FIELD in der Verarbeitung).</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table: its rows are read as points, latitude from &apos;{lat}&apos; and longitude from &apos;{lon}&apos; (decimal degrees, EPSG:4326).</source>
        <translation>„{layer}“ ist eine Tabelle: Ihre Zeilen werden als Punkte gelesen, Breitengrad aus „{lat}“ und Längengrad aus „{lon}“ (Dezimalgrad, EPSG:4326).</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>Fixed: {layer}</source>
        <translation>Korrigiert: {layer}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>Preflight: {layer}</source>
        <translation>Vorabprüfung: {layer}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} feature; {why}</source>
        <translation>{n} Objekt; {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} features; {why}</source>
        <translation>{n} Objekte; {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>no feature</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; has no point or polygon to check ({detail}): give the features their plot polygons or points, and check again.</source>
        <translation>„{layer}“ hat keinen Punkt und kein Polygon zum Prüfen ({detail}): Geben Sie den Objekten ihre Parzellenpolygone oder Punkte und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{title} (points)</source>
        <translation>{title} (Punkte)</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{title} (polygons)</source>
        <translation>{title} (Polygone)</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{feature}: {errors}</source>
        <translation>{feature}: {errors}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: {n} feature has errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export it as it is.</source>
        <translation>„{layer}“: {n} Objekt hat Fehler, die das EU-System ablehnt, daher wurde keine Datei geschrieben: {features}{more}. Führen Sie die Vorabprüfung mit FIX aus und exportieren Sie den korrigierten Layer, oder setzen Sie INCLUDE_ERRORS, um es unverändert zu exportieren.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: {n} features have errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export them as they are.</source>
        <translation>„{layer}“: {n} Objekte haben Fehler, die das EU-System ablehnt, daher wurde keine Datei geschrieben: {features}{more}. Führen Sie die Vorabprüfung mit FIX aus und exportieren Sie den korrigierten Layer, oder setzen Sie INCLUDE_ERRORS, um sie unverändert zu exportieren.</translation>
    </message>
    <message>
        <source>{n} ok</source>
        <translation type="obsolete">OK: {n}</translation>
    </message>
    <message>
        <source>{n} feature(s); {why}</source>
        <translation type="obsolete">{n} Objekt(e); {why}</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos;: {n} feature(s) have errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export them as they are.</source>
        <translation type="obsolete">„{layer}“: Objekte mit Fehlern, die das EU-System ablehnt: {n}; daher wurde keine Datei geschrieben: {features}{more}. Führen Sie die Vorabprüfung mit FIX aus und exportieren Sie den korrigierten Layer, oder setzen Sie INCLUDE_ERRORS, um sie unverändert zu exportieren.</translation>
    </message>
</context>
<context>
    <name>LayerSource</name>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>feature {fid}: {why}</source>
        <translation>Objekt {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>{n} feature not sent ({shown}{more})</source>
        <translation>{n} Objekt nicht gesendet ({shown}{more})</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>{n} features not sent ({shown}{more})</source>
        <translation>{n} Objekte nicht gesendet ({shown}{more})</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>facilities (addresses)</source>
        <translation>Betriebe (Adressen)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>no geometries (choose plots or facilities)</source>
        <translation>keine Geometrien (Parzellen oder Betriebe wählen)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>plots (polygons)</source>
        <translation>Parzellen (Polygone)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>plots (points)</source>
        <translation>Parzellen (Punkte)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>facilities (points)</source>
        <translation>Betriebe (Punkte)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>lines (cannot be screened)</source>
        <translation>Linien (kein Screening möglich)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>mixed geometries (choose plots or facilities)</source>
        <translation>gemischte Geometrien (Parzellen oder Betriebe wählen)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; holds lines: only points (facilities) or polygons (plots) can be screened, and points with their Area in hectares as plots of up to 4 ha. Convert the layer first, e.g. polygons from closed lines.</source>
        <translation>„{layer}“ enthält Linien: Für das Screening eignen sich nur Punkte (Betriebe) oder Polygone (Parzellen) sowie Punkte mit ihrer Area in Hektar als Parzellen bis 4 ha. Wandeln Sie den Layer zuerst um, z. B. geschlossene Linien in Polygone.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; holds polygons, which are plots, but the location type is facility: change one of them.</source>
        <translation>„{layer}“ enthält Polygone, also Parzellen, aber der Standorttyp ist Betrieb: Ändern Sie eines von beiden.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Set it in Layer Properties &gt; Source (Assigned Coordinate Reference System), e.g. EPSG:4326 when the coordinates are longitudes and latitudes in degrees, or the projected CRS they were measured in</source>
        <translation>Legen Sie es unter Layereigenschaften &gt; Quelle (Zugewiesenes Koordinatenbezugssystem) fest, z. B. EPSG:4326, wenn die Koordinaten Längen- und Breitengrade in Grad sind, oder das projizierte KBS, in dem sie gemessen wurden</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so its coordinates cannot be placed on Earth and would be sent as if they were degrees. {where}.</source>
        <translation>„{layer}“ hat kein Koordinatenbezugssystem (KBS), daher können seine Koordinaten nicht auf der Erde verortet werden und würden so gesendet, als wären sie Grad. {where}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>a local CRS</source>
        <translation>ein lokales KBS</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; uses &apos;{crs}&apos;, a local (engineering) CRS that is not tied to the Earth: its coordinates cannot be converted to longitude/latitude. {where}.</source>
        <translation>„{layer}“ verwendet „{crs}“, ein lokales (technisches) KBS ohne Bezug zur Erde: Seine Koordinaten lassen sich nicht in Längen-/Breitengrad umrechnen. {where}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is UTF-16 text, which QGIS reads as a broken CSV: {save_as}, and open it again.</source>
        <translation>„{layer}“ ({file}) ist UTF-16-Text, den QGIS als fehlerhafte CSV liest: {save_as}, und öffnen Sie die Datei erneut.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is {encoding} text: read as {encoding}, not as {current}</source>
        <translation>„{layer}“ ({file}) ist {encoding}-Text: gelesen als {encoding}, nicht als {current}</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Pick a valid vector layer to screen.</source>
        <translation>Wählen Sie einen gültigen Vektorlayer für das Screening.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>No feature chosen: tick rows in the results table or select features on the map.</source>
        <translation>Kein Objekt gewählt: Haken Sie Zeilen in der Ergebnistabelle an oder wählen Sie Objekte auf der Karte.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no selected features: select some, or untick &apos;Selected features only&apos;.</source>
        <translation>„{layer}“ hat keine gewählten Objekte: Wählen Sie welche aus oder entfernen Sie den Haken bei „Nur gewählte Objekte“.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>GDAL recognises no vector format in it</source>
        <translation>GDAL erkennt darin kein Vektorformat</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>GDAL opens it, but QGIS finds no layer in it</source>
        <translation>GDAL öffnet sie, aber QGIS findet darin keinen Layer</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has {n} feature and it has no geometry (its &quot;geometry&quot; is null): the file holds no location to check or screen. Give the feature its point or polygon (the plot drawn, or the facility&apos;s coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation>„{layer}“ hat {n} Objekt, und es hat keine Geometrie (seine „geometry“ ist null): Die Datei enthält keinen Standort für Vorabprüfung oder Screening. Geben Sie dem Objekt seinen Punkt oder sein Polygon (die gezeichnete Parzelle oder die Koordinaten des Betriebs); eine Adresstabelle zum Geokodieren wird als CSV- oder XLSX-Datei gesendet.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has {n} features and not one has a geometry (every &quot;geometry&quot; is null): the file holds no location to check or screen. Give the features their points or polygons (the plots drawn, or the facilities&apos; coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation>„{layer}“ hat {n} Objekte, und keines hat eine Geometrie (jede „geometry“ ist null): Die Datei enthält keinen Standort für Vorabprüfung oder Screening. Geben Sie den Objekten ihre Punkte oder Polygone (die gezeichneten Parzellen oder die Koordinaten der Betriebe); eine Adresstabelle zum Geokodieren wird als CSV- oder XLSX-Datei gesendet.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Give the features their points or polygons; a table of addresses to geocode goes as a CSV or XLSX file without a geometry column.</source>
        <translation>Geben Sie den Objekten ihre Punkte oder Polygone; eine Adresstabelle zum Geokodieren wird als CSV- oder XLSX-Datei ohne Geometriespalte gesendet.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry: {why}.</source>
        <translation>„{layer}“ hat kein Objekt mit verwendbarer Geometrie: {why}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry.</source>
        <translation>„{layer}“ hat kein Objekt mit verwendbarer Geometrie.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no rows to send.</source>
        <translation>„{layer}“ hat keine Zeilen zum Senden.</translation>
    </message>
    <message>
        <source>{n} feature(s) not sent ({shown}{more})</source>
        <translation type="obsolete">{n} Objekt(e) nicht gesendet ({shown}{more})</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; has {n} feature(s) and not one has a geometry (every &quot;geometry&quot; is null): the file holds no location to check or screen. Give the features their points or polygons (the plots drawn, or the facilities&apos; coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation type="obsolete">„{layer}“ hat {n} Objekt(e), und keines hat eine Geometrie (jede „geometry“ ist null): Die Datei enthält keinen Standort für Vorabprüfung oder Screening. Geben Sie den Objekten ihre Punkte oder Polygone (die gezeichneten Parzellen oder die Koordinaten der Betriebe); eine Adresstabelle zum Geokodieren wird als CSV- oder XLSX-Datei gesendet.</translation>
    </message>
</context>
<context>
    <name>LegalityWords</name>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>this facility</source>
        <translation>dieser Betrieb</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>labour</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>deforestation</source>
        <translation>Entwaldung</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>forest degradation</source>
        <translation>Waldschädigung</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>land rights</source>
        <translation>Landrechte</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>indigenous peoples</source>
        <translation>indigene Völker</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>environmental violation</source>
        <translation>Umweltverstoß</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>environmental law</source>
        <translation>Umweltrecht</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>human rights</source>
        <translation>Menschenrechte</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>corruption</source>
        <translation>Korruption</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>sanctions</source>
        <translation>Sanktionen</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>enforcement</source>
        <translation>Rechtsdurchsetzung</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>supply chain integrity</source>
        <translation>Integrität der Lieferkette</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>supply chain</source>
        <translation>Lieferkette</translation>
    </message>
</context>
<context>
    <name>MapTips</name>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source> ({share} % checked)</source>
        <translation> ({share} % geprüft)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>EU country risk</source>
        <translation>EU-Länderrisiko</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Data error</source>
        <translation>Datenfehler</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Data note</source>
        <translation>Datenhinweis</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Commodity</source>
        <translation>Rohstoff</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>NC plots</source>
        <translation>Nicht konforme Parzellen</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>NC %</source>
        <translation>% nicht konform</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Article 10</source>
        <translation>Artikel 10</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>high-risk country ({share} %)</source>
        <translation>Land mit hohem Risiko ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>standard-risk country ({share} %)</source>
        <translation>Land mit normalem Risiko ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>low-risk country ({share} %)</source>
        <translation>Land mit geringem Risiko ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Check sample #{order}</source>
        <translation>Stichprobe Nr. {order}</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>unknown country, checked as standard ({share} %)</source>
        <translation>Land unbekannt, als normal geprüft ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>random pick (seed {seed}); </source>
        <translation>Zufallsauswahl (Startwert {seed}); </translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>the producer, all its assessments: {status} at worst, {plots} NC plot in all</source>
        <translation>der Erzeuger, alle seine Bewertungen: schlechtestens {status}, insgesamt {plots} nicht konforme Parzelle</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>the producer, all its assessments: {status} at worst, {plots} NC plots in all</source>
        <translation>der Erzeuger, alle seine Bewertungen: schlechtestens {status}, insgesamt {plots} nicht konforme Parzellen</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>, up to {percent} % of an assessment&apos;s area non-compliant</source>
        <translation>, bis zu {percent} % der Fläche einer Bewertung nicht konform</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{position} of {required} to check among {population} producer</source>
        <translation>Platz {position} von {required} zu prüfenden unter {population} Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{position} of {required} to check among {population} producers</source>
        <translation>Platz {position} von {required} zu prüfenden unter {population} Erzeugern</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Area (ha)</source>
        <translation>Fläche (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Deforested (ha)</source>
        <translation>Entwaldet (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{verdict} (score {score})</source>
        <translation>{verdict} (Score {score})</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Second opinion</source>
        <translation>Zweitmeinung</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Its parts</source>
        <translation>Seine Bestandteile</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Commodity presence</source>
        <translation>Vorkommen des Rohstoffs</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>POI nearby</source>
        <translation>POI in der Nähe</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Building presence</source>
        <translation>Vorkommen von Gebäuden</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Road access</source>
        <translation>Straßenanbindung</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>High building density (urban)</source>
        <translation>Hohe Gebäudedichte (städtisch)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Deforestation nearby (ha)</source>
        <translation>Entwaldung in der Nähe (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{value} (penalty {penalty})</source>
        <translation>{value} (Abzug {penalty})</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Legality risk</source>
        <translation>Legalitätsrisiko</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Legality summary</source>
        <translation>Legalitätsübersicht</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>no problem found</source>
        <translation>kein Problem gefunden</translation>
    </message>
    <message>
        <source>; {position} of {required} to check among {population} producer(s)</source>
        <translation type="obsolete">; Platz {position} von {required} zu prüfenden unter {population} Erzeuger(n)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="obsolete">ok</translation>
    </message>
</context>
<context>
    <name>MonitoringWindow</name>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Monitoring from (YYYY-MM-DD)</source>
        <translation>Überwachung ab (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>First day of the monitoring window, YYYY-MM-DD. Default {cutoff}, the EUDR cut-off date: forest lost after it makes a product non-compliant. Empty: the server&apos;s default.</source>
        <translation>Erster Tag des Überwachungszeitraums, YYYY-MM-DD. Standard {cutoff}, der EUDR-Stichtag: Nach diesem Datum verlorener Wald macht ein Erzeugnis nicht konform. Leer: Standard des Servers.</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Monitoring until (YYYY-MM-DD, optional)</source>
        <translation>Überwachung bis (YYYY-MM-DD, optional)</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Last day of the monitoring window, YYYY-MM-DD. Empty: up to the latest data.</source>
        <translation>Letzter Tag des Überwachungszeitraums, YYYY-MM-DD. Leer: bis zu den neuesten Daten.</translation>
    </message>
</context>
<context>
    <name>NotSent</name>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>split it with Vector &gt; Geometry Tools &gt; Multipart to Singleparts</source>
        <translation>teilen Sie sie mit Vektor &gt; Geometrie-Werkzeuge &gt; Mehr- zu einteilig auf</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>no geometry</source>
        <translation>keine Geometrie</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>empty geometry</source>
        <translation>leere Geometrie</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a line: only points and polygons can be screened</source>
        <translation>eine Linie: Für das Screening eignen sich nur Punkte und Polygone</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>an empty geometry collection</source>
        <translation>eine leere Geometriesammlung</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a geometry collection holding lines: only points and polygons can be screened ({hint})</source>
        <translation>eine Geometriesammlung mit Linien: Für das Screening eignen sich nur Punkte und Polygone ({hint})</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a geometry collection mixing points and polygons: {hint}, then screen each kind</source>
        <translation>eine Geometriesammlung aus Punkten und Polygonen: {hint}, dann führen Sie das Screening je Art getrennt durch</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a polygon: facilities are points (screen polygons as plots)</source>
        <translation>ein Polygon: Betriebe sind Punkte (führen Sie das Screening von Polygonen als Parzellen durch)</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>cannot be reprojected to EPSG:4326 ({error})</source>
        <translation>kann nicht nach EPSG:4326 umprojiziert werden ({error})</translation>
    </message>
</context>
<context>
    <name>OfflineAlgorithms</name>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>ProducerName from the field &apos;{field}&apos; (PRODUCER_NAME_FIELD chooses another).</source>
        <translation>ProducerName aus dem Feld „{field}“ (PRODUCER_NAME_FIELD wählt ein anderes).</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature without geometry left out: {ids}.</source>
        <translation>Objekte ohne Geometrie ausgelassen: {n} ({ids}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features without geometry left out: {ids}.</source>
        <translation>Objekte ohne Geometrie ausgelassen: {n} ({ids}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>or run the preflight with FIX, which sets it from each plot&apos;s location, and export the fixed layer</source>
        <translation>oder führen Sie die Vorabprüfung mit FIX aus, die es aus der Lage jeder Parzelle setzt, und exportieren Sie den korrigierten Layer</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature written without ProducerCountry (feature {fid}): its field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation>Objekte ohne ProducerCountry geschrieben: {n} (Objekt {fid}): Sein Feld „{field}“ ist leer; füllen Sie es mit dem zweibuchstabigen Ländercode, {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features written without ProducerCountry (the first: feature {fid}): their field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation>Objekte ohne ProducerCountry geschrieben: {n} (das erste: Objekt {fid}): Ihr Feld „{field}“ ist leer; füllen Sie es mit dem zweibuchstabigen Ländercode, {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature written without ProducerCountry (feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation>Objekte ohne ProducerCountry geschrieben: {n} (Objekt {fid}); die EU verlangt es bei jedem Objekt: Ordnen Sie das Feld mit dem zweibuchstabigen Ländercode mit COUNTRY_FIELD zu (z. B. COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features written without ProducerCountry (the first: feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation>Objekte ohne ProducerCountry geschrieben: {n} (das erste: Objekt {fid}); die EU verlangt es bei jedem Objekt: Ordnen Sie das Feld mit dem zweibuchstabigen Ländercode mit COUNTRY_FIELD zu (z. B. COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Offline checks</source>
        <translation>Offline-Prüfungen</translation>
    </message>
    <message>
        <source>{n} feature(s) without geometry left out: {ids}.</source>
        <translation type="obsolete">Objekte ohne Geometrie ausgelassen: {n} ({ids}).</translation>
    </message>
    <message>
        <source>{n} feature(s) written without ProducerCountry (the first: feature {fid}): their field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation type="obsolete">Objekte ohne ProducerCountry geschrieben: {n} (das erste: Objekt {fid}): Ihr Feld „{field}“ ist leer; füllen Sie es mit dem zweibuchstabigen Ländercode, {fix}.</translation>
    </message>
    <message>
        <source>{n} feature(s) written without ProducerCountry (the first: feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation type="obsolete">Objekte ohne ProducerCountry geschrieben: {n} (das erste: Objekt {fid}); die EU verlangt es bei jedem Objekt: Ordnen Sie das Feld mit dem zweibuchstabigen Ländercode mit COUNTRY_FIELD zu (z. B. COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; could not be opened: there is no such file.</source>
        <translation>„{file}“ konnte nicht geöffnet werden: Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; could not be opened ({reason}). The file may be cut short or damaged: export it again from where it came from.</source>
        <translation>„{file}“ konnte nicht geöffnet werden ({reason}). Die Datei ist möglicherweise abgeschnitten oder beschädigt: Exportieren Sie sie erneut aus ihrer Quelle.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; holds no layer named &apos;{layer}&apos;. Its layers: {layers}. Name one of these.</source>
        <translation>&apos;{file}&apos; enthält keinen Layer namens &apos;{layer}&apos;. Seine Layer: {layers}. Nennen Sie einen davon.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; holds no layer number {layer} (numbered from 0). Its layers: {layers}. Name one of these.</source>
        <translation>&apos;{file}&apos; enthält keinen Layer Nummer {layer} (ab 0 gezählt). Seine Layer: {layers}. Nennen Sie einen davon.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{producer}: {outcome}</source>
        <translation>{producer}: {outcome}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{said}; {notes}</source>
        <translation>{said}; {notes}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{rows} with a number that is not one, so {verdict} (see the data_error column): {examples}</source>
        <translation>{rows} mit einer Zahl, die keine ist, daher {verdict} (siehe Spalte data_error): {examples}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>no snapshot kept for Changes since... ({reason})</source>
        <translation>kein Snapshot für „Änderungen seit“ gespeichert ({reason})</translation>
    </message>
</context>
<context>
    <name>Plugin</name>
    <message>
        <location filename="../plugin.py"/>
        <source>Show or hide the Epoch EUDR Screening panel</source>
        <translation>Bedienfeld „Epoch EUDR Screening“ ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Check a facility here</source>
        <translation>Hier einen Betrieb prüfen</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Check a facility here: click a point on the map, Epoch validates it as a facility (the Screening tab shows the answer)</source>
        <translation>Hier einen Betrieb prüfen: Klicken Sie auf einen Punkt der Karte, Epoch validiert ihn als Betrieb (der Tab „Screening“ zeigt die Antwort)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight: EU geolocation rules (offline)</source>
        <translation>Vorabprüfung: EU-Geolokalisierungsregeln (offline)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Checks every feature against the EU Information System&apos;s geolocation rules and the seed 001 facility tables, without any network: issues (codes), severity (error blocks an EU upload, warning does not), messages, geodesic area and country. Plots are polygons or points: a point stands for a plot of at most 4 ha (cattle establishments excepted) given with its Area in hectares; a polygon&apos;s Area that clearly differs from the polygon drawn is a warning. A table (CSV, XLSX) is read as points from its latitude and longitude columns, recognised by their names or given as LATITUDE_FIELD and LONGITUDE_FIELD. Points and polygons (a GeometryCollection of both included) are written to two layers (OUTPUT and OTHER_OUTPUT). FIX writes repaired copies (make valid, 2D, 6 decimals, holes split, one polygon per feature, ProducerCountry, numeric Area), lists what changed, and checks and draws them again. The input layer is never modified.</source>
        <translation>Prüft jedes Objekt gegen die Geolokalisierungsregeln des EU-Informationssystems und die Betriebstabellen von seed 001, ganz ohne Netzwerk: Probleme (Codes), Schweregrad (ein Fehler blockiert einen EU-Upload, eine Warnung nicht), Meldungen, geodätische Fläche und Land. Parzellen sind Polygone oder Punkte: Ein Punkt steht für eine Parzelle von höchstens 4 ha (ausgenommen Viehhaltungsbetriebe), angegeben mit ihrer Area in Hektar; weicht die Area eines Polygons deutlich vom gezeichneten Polygon ab, ist das eine Warnung. Eine Tabelle (CSV, XLSX) wird als Punkte aus ihren Breiten- und Längengradspalten gelesen, erkannt an ihren Namen oder angegeben als LATITUDE_FIELD und LONGITUDE_FIELD. Punkte und Polygone (auch eine GeometryCollection aus beiden) werden in zwei Layer geschrieben (OUTPUT und OTHER_OUTPUT). FIX schreibt reparierte Kopien (make valid, 2D, 6 Nachkommastellen, Löcher aufgeteilt, ein Polygon je Objekt, ProducerCountry, numerische Area), listet auf, was sich geändert hat, und prüft und zeichnet sie erneut. Der Eingabelayer wird nie verändert.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots or facilities</source>
        <translation>Parzellen oder Betriebe</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Selected features only</source>
        <translation>Nur gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Write fixed features</source>
        <translation>Korrigierte Objekte schreiben</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area for points without one (ha)</source>
        <translation>Fläche für Punkte ohne Angabe (ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Latitude column (a table without geometry)</source>
        <translation>Breitengradspalte (Tabelle ohne Geometrie)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Longitude column (a table without geometry)</source>
        <translation>Längengradspalte (Tabelle ohne Geometrie)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight results</source>
        <translation>Ergebnisse der Vorabprüfung</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Points beside the polygons (or polygons beside the points)</source>
        <translation>Punkte neben den Polygonen (oder Polygone neben den Punkten)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Points and polygons are in two layers: {first} and {second}.</source>
        <translation>Punkte und Polygone liegen in zwei Layern: {first} und {second}.</translation>
    </message>
</context>
<context>
    <name>PreflightBox</name>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Before upload: EU rules, offline</source>
        <translation>Vor dem Hochladen: EU-Regeln, offline</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check before upload</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Apply fixes to a new layer</source>
        <translation>Korrigierte Kopie erstellen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Export EU-ready GeoJSON</source>
        <translation>EU-GeoJSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Write the checked layer (or its fixed copy, after Apply fixes) as the GeoJSON files the EU Information System takes (Processing: Export EU-ready GeoJSON (TRACES)); refused while a feature has errors.</source>
        <translation>Schreibt den geprüften Layer (oder seine korrigierte Kopie, nach „Korrigierte Kopie erstellen“) als die GeoJSON-Dateien, die das EU-Informationssystem annimmt (Verarbeitung: EU-fähiges GeoJSON exportieren (TRACES)); abgelehnt, solange ein Objekt Fehler hat.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Click an issue to select and zoom to the features that have it.</source>
        <translation>Klicken Sie auf ein Problem, um die betroffenen Objekte auszuwählen und darauf zu zoomen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Choose a layer to check.</source>
        <translation>Wählen Sie einen Layer zum Prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Fixing {layer}</source>
        <translation>{layer} wird korrigiert</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Checking {layer}</source>
        <translation>{layer} wird geprüft</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Coordinates of {layer}</source>
        <translation>Koordinaten von {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Column holding the latitude (decimal degrees):</source>
        <translation>Spalte mit dem Breitengrad (Dezimalgrad):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Column holding the longitude (decimal degrees):</source>
        <translation>Spalte mit dem Längengrad (Dezimalgrad):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>The fixed copy, checked again:</source>
        <translation>Die korrigierte Kopie, erneut geprüft:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>No feature would be refused by the EU system; {n} with warnings: see the list.</source>
        <translation>Kein Objekt würde vom EU-System abgelehnt; {n} mit Warnungen: siehe Liste.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>No issue found: ready for an EU upload.</source>
        <translation>Kein Problem gefunden: bereit für den EU-Upload.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{issue} ({severity})</source>
        <translation>{issue} ({severity})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Code {code} ({severity}): click to select and zoom to these features.</source>
        <translation>Code {code} ({severity}): Klicken, um diese Objekte auszuwählen und darauf zu zoomen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{n} feature written fixed to a new layer.</source>
        <translation>{n} Objekt korrigiert in einen neuen Layer geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{n} features written fixed to a new layer.</source>
        <translation>{n} korrigierte Objekte in einen neuen Layer geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Checked again: none would be refused by the EU system.</source>
        <translation>Erneut geprüft: Keines würde vom EU-System abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check a layer first: the export writes the checked layer, or its fixed copy.</source>
        <translation>Prüfen Sie zuerst einen Layer: Der Export schreibt den geprüften Layer oder seine korrigierte Kopie.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Folder for the EU GeoJSON files</source>
        <translation>Ordner für die EU-GeoJSON-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Exporting EU-ready GeoJSON of {layer}</source>
        <translation>EU-GeoJSON von {layer} wird exportiert</translation>
    </message>
    <message>
        <source>Check before upload (offline, EU geolocation rules)</source>
        <translation type="obsolete">Vorabprüfung (offline, EU-Geolokalisierungsregeln)</translation>
    </message>
</context>
<context>
    <name>PreflightExport</name>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>1 EU GeoJSON file written to {folder}: {file}</source>
        <translation>1 EU-GeoJSON-Datei in {folder} geschrieben: {file}</translation>
    </message>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>{n} EU GeoJSON files written to {folder}: {files}</source>
        <translation>{n} EU-GeoJSON-Dateien in {folder} geschrieben: {files}</translation>
    </message>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>Cannot open the checked layer ({source}): check it again.</source>
        <translation>Der geprüfte Layer kann nicht geöffnet werden ({source}): Prüfen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The export failed: see the Processing log.</source>
        <translation type="obsolete">Der Export ist fehlgeschlagen: siehe Protokollmeldungen (Reiter Verarbeitung).</translation>
    </message>
</context>
<context>
    <name>PreflightWords</name>
    <message>
        <location filename="../layers/words/preflight.py"/>
        <source>Feature {fid}</source>
        <translation>Objekt {fid}</translation>
    </message>
</context>
<context>
    <name>PreviewGeocoding</name>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>INPUT: {reason}</source>
        <translation>INPUT: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Geocoding &apos;{file}&apos; on {url}</source>
        <translation>Geokodierung von „{file}“ auf {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Preview geocoding of addresses (normalize_locations)</source>
        <translation>Vorschau der Geokodierung von Adressen (normalize_locations)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Sends a CSV or XLSX of facility addresses to Epoch&apos;s /normalize_locations and writes where Epoch places each row as a point layer, with the file&apos;s own columns, before any screening: a wrong geocode is a wrong facility. Check the points, move any that is wrong, then screen the layer. Rows Epoch could not place are kept without a point (preview_status = not_geocoded, with the server&apos;s reason in preview_note) and named one by one in the log. The file is not modified; a rerun into the same output replaces the layer.</source>
        <translation>Sendet eine CSV- oder XLSX-Datei mit Betriebsadressen an /normalize_locations von Epoch und schreibt, wo Epoch jede Zeile platziert, als Punktlayer mit den Spalten der Datei, vor jedem Screening: Eine falsche Geokodierung ist ein falscher Betrieb. Prüfen Sie die Punkte, verschieben Sie falsche und starten Sie dann das Screening des Layers. Zeilen, die Epoch nicht platzieren konnte, bleiben ohne Punkt erhalten (preview_status = not_geocoded, mit dem Grund des Servers in preview_note) und werden im Protokoll einzeln genannt. Die Datei wird nicht verändert; eine erneute Ausführung in dieselbe Ausgabe ersetzt den Layer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Addresses (CSV or XLSX)</source>
        <translation>Adressen (CSV oder XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Geocoded addresses</source>
        <translation>Geokodierte Adressen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Rows geocoded</source>
        <translation>Geokodierte Zeilen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Rows not geocoded</source>
        <translation>Nicht geokodierte Zeilen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>ReportBuild</name>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>all producers</source>
        <translation>alle Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producers</source>
        <translation>{n} Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Field report {producers} {date}</source>
        <translation>Feldbericht {producers} {date}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{sections}, {pages}, {visits}: {pdf}</source>
        <translation>{sections}, {pages}, {visits}: {pdf}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producer section</source>
        <translation>{n} Erzeugerabschnitt</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producer sections</source>
        <translation>{n} Erzeugerabschnitte</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} page</source>
        <translation>{n} Seite</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} pages</source>
        <translation>{n} Seiten</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} plot to visit</source>
        <translation>{n} zu besuchende Parzelle</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} plots to visit</source>
        <translation>{n} zu besuchende Parzellen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>QField project {path}</source>
        <translation>QField-Projekt {path}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>left out: {items}</source>
        <translation>ausgelassen: {items}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The filter expression cannot be read: {error}</source>
        <translation>Der Filterausdruck kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The drill-down GeoPackage {path} does not exist.</source>
        <translation>Das GeoPackage mit Detailansichten {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{name} (no collection id)</source>
        <translation>{name} (keine Sammlungs-ID)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>a row</source>
        <translation>eine Zeile</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>plots from {file} (saved drill-down)</source>
        <translation>Parzellen aus {file} (gespeicherte Detailansicht)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The plots of {name} are in no drill-down GeoPackage given and no server login is set: drill down first, or give a login.</source>
        <translation>Die Parzellen von {name} sind in keinem angegebenen GeoPackage mit Detailansichten, und es ist keine Server-Anmeldung gesetzt: Öffnen Sie zuerst die Detailansicht oder geben Sie eine Anmeldung an.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>plots fetched from the server</source>
        <translation>Parzellen vom Server abgerufen</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{name} (no plots and no location)</source>
        <translation>{name} (weder Parzellen noch Standort)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{path}: the report is a PDF; give a name ending in .pdf</source>
        <translation>{path}: Der Bericht ist ein PDF; geben Sie einen Namen mit der Endung .pdf an</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>No producer to report on: select producers, or loosen the filter.</source>
        <translation>Kein Erzeuger für den Bericht: Wählen Sie Erzeuger aus oder lockern Sie den Filter.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Nothing to report: {reasons}</source>
        <translation>Nichts für den Bericht: {reasons}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{producer}: {note}</source>
        <translation>{producer}: {note}</translation>
    </message>
    <message>
        <source>; QField project {path}</source>
        <translation type="obsolete">; QField-Projekt {path}</translation>
    </message>
    <message>
        <source>; left out: {items}</source>
        <translation type="obsolete">; ausgelassen: {items}</translation>
    </message>
    <message>
        <source>{sections} producer section(s), {pages} page(s), {visits} plot(s) to visit: {pdf}</source>
        <translation type="obsolete">{sections} Erzeugerabschnitt(e), {pages} Seite(n), {visits} zu besuchende Parzelle(n): {pdf}</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch status</source>
        <translation>Epoch-Status</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Second opinion</source>
        <translation>Zweitmeinung</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>EU country risk</source>
        <translation>EU-Länderrisiko</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Article 10 risk</source>
        <translation>Artikel-10-Risiko</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Assessment date</source>
        <translation>Bewertungsdatum</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Producer</source>
        <translation>Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>SANDBOX DATA: synthetic results for training, not observations of these places nor evidence for due diligence</source>
        <translation>SANDBOX-DATEN: synthetische Ergebnisse zur Übung, weder Beobachtungen dieser Orte noch Nachweise für die Sorgfaltspflicht</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Non-Compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Needs Review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Unnamed producer</source>
        <translation>Unbenannter Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>no plots</source>
        <translation>keine Parzellen</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>{nc} non-compliant, {review} needs review, {ok} compliant (composite-score method); differs from Epoch on {differ}</source>
        <translation>{nc} nicht konform, {review} zu prüfen, {ok} konform (Methode des zusammengesetzten Scores); weicht bei {differ} von Epoch ab</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Unknown: {country}</source>
        <translation>Unbekannt: {country}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>{risk}: {country}; {share} % of operators checked each year (Impl. Reg. (EU) 2025/1093)</source>
        <translation>{risk}: {country}; jährlich {share} % der Marktteilnehmer kontrolliert (DVO (EU) 2025/1093)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch sandbox</source>
        <translation>Epoch-Sandbox</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch API</source>
        <translation>Epoch-API</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>(synthetic results)</source>
        <translation>(synthetische Ergebnisse)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>supplier {supplier}</source>
        <translation>Lieferant {supplier}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>collection {collection}</source>
        <translation>Sammlung {collection}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit: none (no plot is Non-Compliant or questioned by the second opinion)</source>
        <translation>Zu besuchende Parzellen: keine (alle konform und von der Zweitmeinung nicht infrage gestellt)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)</source>
        <translation>Zu besuchende Parzelle: {n} (nicht konform oder von der Zweitmeinung infrage gestellt; nummeriert wie auf der Karte)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)</source>
        <translation>Zu besuchende Parzellen: {n} (nicht konform oder von der Zweitmeinung infrage gestellt; nummeriert wie auf der Karte)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more on the next pages</source>
        <translation>; {n} weitere auf den nächsten Seiten</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more plot on the next page</source>
        <translation>; {n} weitere Parzelle auf der nächsten Seite</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more on the next page</source>
        <translation>; {n} weitere auf der nächsten Seite</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit, continued: no. {number} of {total}</source>
        <translation>Zu besuchende Parzellen, Fortsetzung: Nr. {number} von {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit, continued: no. {first} to {last} of {total}</source>
        <translation>Zu besuchende Parzellen, Fortsetzung: Nr. {first} bis {last} von {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Non-Compliant plots ({n})</source>
        <translation>Nicht konforme Parzellen ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Compliant plots ({n})</source>
        <translation>Konforme Parzellen ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Data Error plots ({n})</source>
        <translation>Parzellen mit Datenfehler ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Questioned by the second opinion ({n})</source>
        <translation>Von der Zweitmeinung infrage gestellt ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plot to visit: its no. in the table ({n})</source>
        <translation>Zu besuchende Parzelle: ihre Nr. in der Tabelle ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch EUDR field report · {made} · section {n} of {total}</source>
        <translation>Epoch-EUDR-Feldbericht · {made} · Abschnitt {n} von {total}</translation>
    </message>
    <message>
        <source>Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; # as on the map)</source>
        <translation type="obsolete">Zu besuchende Parzelle: {n} (nicht konform oder von der Zweitmeinung infrage gestellt; # wie auf der Karte)</translation>
    </message>
    <message>
        <source>Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; # as on the map)</source>
        <translation type="obsolete">Zu besuchende Parzellen: {n} (nicht konform oder von der Zweitmeinung infrage gestellt; # wie auf der Karte)</translation>
    </message>
    <message>
        <source>Plots to visit, continued: # {number} of {total}</source>
        <translation type="obsolete">Zu besuchende Parzellen, Fortsetzung: Nr. {number} von {total}</translation>
    </message>
    <message>
        <source>Plots to visit, continued: # {first} to {last} of {total}</source>
        <translation type="obsolete">Zu besuchende Parzellen, Fortsetzung: # {first} bis {last} von {total}</translation>
    </message>
    <message>
        <source>Plot to visit: its # in the table ({n})</source>
        <translation type="obsolete">Zu besuchende Parzelle: ihre # in der Tabelle ({n})</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation type="obsolete">Land unbekannt</translation>
    </message>
    <message>
        <source>{status}: no plots ({reason})</source>
        <translation type="obsolete">{status}: keine Parzellen ({reason})</translation>
    </message>
    <message>
        <source>{status}: no plots</source>
        <translation type="obsolete">{status}: keine Parzellen</translation>
    </message>
    <message>
        <source>{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020</source>
        <translation type="obsolete">{status}: {nc} von {plots} Parzellen nicht konform, {ha} ha nach 2020 entwaldet</translation>
    </message>
    <message>
        <source>, {n} with a data error</source>
        <translation type="obsolete">, {n} mit Datenfehler</translation>
    </message>
</context>
<context>
    <name>ReportEvidence</name>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>+{n} other</source>
        <translation>+{n} weitere</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>+{n} others</source>
        <translation>+{n} weitere</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>Article 10 evidence: source (risk signal)</source>
        <translation>Nachweise zu Art. 10: Quelle (Risikosignal)</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Could not open layer &apos;{layer}&apos; of {file}</source>
        <translation>Layer „{layer}“ aus {file} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>WGS 84, grid in degrees, no basemap</source>
        <translation>WGS 84, Gradnetz, ohne Hintergrundkarte</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°N</source>
        <translation>{value}°N</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°S</source>
        <translation>{value}°S</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°E</source>
        <translation>{value}°O</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°W</source>
        <translation>{value}°W</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Where it is</source>
        <translation>Lage</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Supply-shed outline</source>
        <translation>Einzugsgebietsumriss</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Assessed area outline</source>
        <translation>Umriss des bewerteten Gebiets</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Facility</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Plot</source>
        <translation>Parzelle</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Area ha</source>
        <translation>Fläche ha</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Deforested ha</source>
        <translation>Entwaldet ha</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Second opinion</source>
        <translation>Zweitmeinung</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Alert from</source>
        <translation>Alarm ab</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Alert to</source>
        <translation>Alarm bis</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>No plot to visit.</source>
        <translation>Keine Parzelle zu besuchen.</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Epoch EUDR field report</source>
        <translation>Epoch-EUDR-Feldbericht</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Could not write the report {file}: {error}</source>
        <translation>Der Bericht {file} konnte nicht geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>country unknown</source>
        <translation>Land unbekannt</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>invalid geometry: nothing was scored</source>
        <translation>ungültige Geometrie: nichts wurde bewertet</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: invalid address</source>
        <translation>nicht verarbeitet: ungültige Adresse</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: commodity not in scope</source>
        <translation>nicht verarbeitet: Rohstoff nicht im Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: address too approximate</source>
        <translation>nicht verarbeitet: Adresse zu ungenau</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: validation confidence too low</source>
        <translation>nicht verarbeitet: Validierungskonfidenz zu gering</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: no address or geolocation provided</source>
        <translation>nicht verarbeitet: keine Adresse oder Geolokalisierung angegeben</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: invalid file</source>
        <translation>nicht verarbeitet: ungültige Datei</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: no plots ({reason})</source>
        <translation>{status}: keine Parzellen ({reason})</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: no plots</source>
        <translation>{status}: keine Parzellen</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: {nc} of {plots} plot Non-Compliant, {ha} ha deforested after 2020</source>
        <translation>{status}: {nc} von {plots} Parzelle nicht konform, {ha} ha nach 2020 entwaldet</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020</source>
        <translation>{status}: {nc} von {plots} Parzellen nicht konform, {ha} ha nach 2020 entwaldet</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>, {n} with a data error</source>
        <translation>, {n} mit Datenfehler</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>, {n} with data errors</source>
        <translation>, {n} mit Datenfehlern</translation>
    </message>
</context>
<context>
    <name>ResultLayers</name>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Epoch assessments</source>
        <translation>Epoch-Bewertungen</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Plots: {producer}</source>
        <translation>Parzellen: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Supply shed: {producer}</source>
        <translation>Einzugsgebiet: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Assessed area: {producer}</source>
        <translation>Bewertetes Gebiet: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Facility: {producer}</source>
        <translation>Betrieb: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Screening: {layer} (facilities)</source>
        <translation>Screening: {layer} (Betriebe)</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Screening: {layer} (plots)</source>
        <translation>Screening: {layer} (Parzellen)</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <location filename="../connection/sandbox_runner.py"/>
        <source>Sandbox: a local training server bundled with the plugin. Its results are synthetic, not Epoch&apos;s analysis; never use them for a due diligence statement.</source>
        <translation>Sandbox: ein lokaler Übungsserver, der mit dem Plugin geliefert wird. Seine Ergebnisse sind synthetisch, keine Analyse von Epoch; verwenden Sie sie niemals für eine Sorgfaltserklärung.</translation>
    </message>
</context>
<context>
    <name>ScreenLocations</name>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (plots)</source>
        <translation>{option} (Parzellen)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (facilities)</source>
        <translation>{option} (Betriebe)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Location type (auto: points are facilities, polygons plots)</source>
        <translation>Standorttyp (auto: Punkte sind Betriebe, Polygone Parzellen)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Commodity</source>
        <translation>Rohstoff</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>&apos;{layer}&apos; holds {what}: set LOCATION_TYPE to plot (polygons or points with their Area) or facility (points).</source>
        <translation>„{layer}“ enthält {what}: Setzen Sie LOCATION_TYPE auf plot (Polygone oder Punkte mit ihrer Area) oder facility (Punkte).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: &apos;{value}&apos; is neither a layer of the project nor a file that exists.</source>
        <translation>{name}: „{value}“ ist weder ein Layer des Projekts noch eine vorhandene Datei.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: &apos;{file}&apos; cannot be read as a vector layer ({reason}). The file may be cut short or damaged: export it again from where it came from, or open it in QGIS to see what is wrong.</source>
        <translation>{name}: „{file}“ kann nicht als Vektorlayer gelesen werden ({reason}). Die Datei ist vielleicht abgeschnitten oder beschädigt: Exportieren Sie sie erneut aus ihrer Quelle, oder öffnen Sie sie in QGIS, um den Fehler zu sehen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Commodity radius, metres (facilities; empty: Epoch&apos;s default, 5,000)</source>
        <translation>Rohstoffradius, Meter (Betriebe; leer: Epoch-Standard, 5.000)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>How far around each facility Epoch looks for the commodity. Set, facilities are sent to /validate_facilities instead of /validate_locations.</source>
        <translation>Wie weit Epoch um jeden Betrieb nach dem Rohstoff sucht. Wenn gesetzt, werden Betriebe an /validate_facilities statt an /validate_locations gesendet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Legality sources, Article 10 (facilities)</source>
        <translation>Legalitätsquellen, Artikel 10 (Betriebe)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Epoch&apos;s web search for Article 10 legality risks: sources, summary and risk score.</source>
        <translation>Die Websuche von Epoch nach Legalitätsrisiken nach Artikel 10: Quellen, Zusammenfassung und Risikoscore.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>COMMODITY_RADIUS and INCLUDE_LEGALITY_CHECK apply to facilities (points) only: leave them unset to screen plots.</source>
        <translation>COMMODITY_RADIUS und INCLUDE_LEGALITY_CHECK gelten nur für Betriebe (Punkte): Lassen Sie sie für das Screening von Parzellen leer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{n} features</source>
        <translation>{n} Objekte</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>its features</source>
        <translation>seine Objekte</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>plots</source>
        <translation>Parzellen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>facilities</source>
        <translation>Betriebe</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening &apos;{layer}&apos; ({count}, sent {limit} at a time) as {what} on {url}</source>
        <translation>Screening von „{layer}“ ({count}, je {limit} auf einmal gesendet) als {what} auf {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screen locations (validate_locations)</source>
        <translation>Screening von Standorten (validate_locations)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screens plots (polygons) or facilities (points) with Epoch&apos;s /validate_locations and writes the results as a styled layer: confidence scores for facilities, risk for plots. Tables without geometry are sent as CSV for the API to geocode. The layer is read, sent and written 10,000 features at a time (the API&apos;s limit per request), so memory stays flat at any size. The input layer is not modified.</source>
        <translation>Führt das Screening von Parzellen (Polygonen) oder Betrieben (Punkten) mit /validate_locations von Epoch durch und schreibt die Ergebnisse als gestalteten Layer: Konfidenzwerte für Betriebe, Risiko für Parzellen. Tabellen ohne Geometrie werden als CSV gesendet, damit die API sie geokodiert. Der Layer wird in Schritten von 10.000 Objekten gelesen, gesendet und geschrieben (das Limit der API je Anfrage), sodass der Speicherbedarf bei jeder Größe gleich bleibt. Der Eingabelayer wird nicht verändert.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Locations layer</source>
        <translation>Standortlayer</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Selected features only</source>
        <translation>Nur gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Production volume, tonnes/year (plots; optional)</source>
        <translation>Produktionsmenge, Tonnen/Jahr (Parzellen; optional)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening results</source>
        <translation>Screening-Ergebnisse</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Collection summary (JSON)</source>
        <translation>Zusammenfassung der Sammlung (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Legality sources table (facilities)</source>
        <translation>Tabelle der Legalitätsquellen (Betriebe)</translation>
    </message>
</context>
<context>
    <name>ScreenedSources</name>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{n} legality source in its own table</source>
        <translation>{n} Legalitätsquelle in eigener Tabelle</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{n} legality sources in their own table</source>
        <translation>{n} Legalitätsquellen in eigener Tabelle</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{layer}: legality sources</source>
        <translation>{layer}: Legalitätsquellen</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>Legality sources of the facility</source>
        <translation>Legalitätsquellen des Betriebs</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Selected features only</source>
        <translation>Nur gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Plots (polygons or points with Area)</source>
        <translation>Parzellen (Polygone, Punkte + Area)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Facilities (points)</source>
        <translation>Betriebe (Punkte)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Auto-detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>or file</source>
        <translation>oder Datei</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Preview geocoding</source>
        <translation>Geokodierungsvorschau</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Ask Epoch where it places each address of the CSV or XLSX (chosen above) and show the points as a layer: check them, move any that is wrong, then screen that layer. A wrong geocode is a wrong facility.</source>
        <translation>Fragt Epoch, wo es jede Adresse der (oben gewählten) CSV- oder XLSX-Datei platziert, und zeigt die Punkte als Layer: Prüfen Sie sie, verschieben Sie falsche und starten Sie dann das Screening dieses Layers. Eine falsche Geokodierung ist ein falscher Betrieb.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Location type</source>
        <translation>Standorttyp</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Commodity</source>
        <translation>Rohstoff</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Epoch&apos;s Article 10 legality risk (Low / Medium / High) of each plot or facility, from a web search, in the screening itself (/validate_locations): the risk only. For facilities, the sources behind it come with &apos;Article 10 check with its sources&apos;.</source>
        <translation>Das Art.-10-Legalitätsrisiko von Epoch (gering / mittel / hoch) jeder Parzelle oder jedes Betriebs, aus einer Websuche, im Screening selbst (/validate_locations): nur das Risiko. Für Betriebe liefert „Art.-10-Prüfung mit Quellen“ die Quellen dahinter.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>t/yr</source>
        <translation>t/Jahr</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>not given</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Production volume</source>
        <translation>Produktionsmenge</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screen</source>
        <translation>Screening starten</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick all</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick every row of the table (the rows the Submit tab sends).</source>
        <translation>Alle Zeilen der Tabelle anhaken (die Zeilen, die der Reiter „Einreichen“ sendet).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick none</source>
        <translation>Keine anhaken</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Join results to the layer</source>
        <translation>Ergebnisse verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copy layer with results</source>
        <translation>Kopie mit Ergebnissen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Cannot read the results: {error}</source>
        <translation>Die Ergebnisse können nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Article 10 check with its sources</source>
        <translation>Art.-10-Prüfung mit Quellen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The Article 10 legality check asked of Epoch&apos;s facility validation (/validate_facilities): besides the risk, each facility&apos;s sources (title, date, link) and a summary, in a related table. It includes the &apos;Article 10 legality check&apos; above.</source>
        <translation>Die Art.-10-Legalitätsprüfung, angefordert bei der Betriebsvalidierung von Epoch (/validate_facilities): neben dem Risiko die Quellen jedes Betriebs (Titel, Datum, Link) und eine Zusammenfassung, in einer verknüpften Tabelle. Sie schließt die „Legalitätsprüfung (Art. 10)“ oben ein.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Epoch&apos;s default (5,000 m)</source>
        <translation>Epoch-Standard (5.000 m)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>How far around each facility Epoch looks for the commodity. Setting it sends the facilities to /validate_facilities.</source>
        <translation>Wie weit Epoch um jeden Betrieb nach dem Rohstoff sucht. Wird er gesetzt, gehen die Betriebe an /validate_facilities.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Commodity radius</source>
        <translation>Rohstoffradius</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Guessed from the layer: {guess}</source>
        <translation>Aus dem Layer abgeleitet: {guess}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Choose a vector layer, or a CSV, XLSX or GeoJSON file that QGIS can open.</source>
        <translation>Wählen Sie einen Vektorlayer oder eine CSV-, XLSX- oder GeoJSON-Datei, die QGIS öffnen kann.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The check before upload found {n} feature with errors that block an EU upload. Screen the layer anyway?</source>
        <translation>Die Vorabprüfung hat {n} Objekt mit Fehlern gefunden, die einen EU-Upload blockieren. Das Screening des Layers trotzdem starten?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The check before upload found {n} features with errors that block an EU upload. Screen the layer anyway?</source>
        <translation>Die Vorabprüfung hat {n} Objekte mit Fehlern gefunden, die einen EU-Upload blockieren. Das Screening des Layers trotzdem starten?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening &apos;{layer}&apos; ...</source>
        <translation>Screening von „{layer}“ ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening {layer}</source>
        <translation>Screening von {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Geocoding &apos;{file}&apos; ...</source>
        <translation>Geokodierung von „{file}“ ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Geocoding {file}</source>
        <translation>Geokodierung von {file}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>&apos;{layer}&apos; is not a layer of the project (a file picked under &apos;or file&apos;, or a layer since removed): there is no layer to show the results on. Copy it with the results, or add it to the project and screen that layer.</source>
        <translation>„{layer}“ ist kein Layer des Projekts (eine unter „oder Datei“ gewählte Datei oder ein inzwischen entfernter Layer): Es gibt keinen Layer, auf dem die Ergebnisse angezeigt werden könnten. Kopieren Sie ihn mit den Ergebnissen, oder fügen Sie ihn dem Projekt hinzu und führen Sie das Screening dieses Layers durch.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Show the results on the screened layer&apos;s features (a virtual join, fields prefixed epoch_, keyed on the feature id). The layer&apos;s data is not edited: the join and its key field are kept in the project.</source>
        <translation>Die Ergebnisse auf den Objekten des gescreenten Layers anzeigen (virtuelle Verknüpfung, Felder mit Präfix epoch_, über die Objekt-ID). Die Daten des Layers werden nicht bearbeitet: Die Verknüpfung und ihr Schlüsselfeld bleiben im Projekt gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>A new GeoPackage layer: your features with all their attributes, plus the results (fields prefixed epoch_).</source>
        <translation>Ein neuer GeoPackage-Layer: Ihre Objekte mit allen Attributen plus die Ergebnisse (Felder mit Präfix epoch_).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The screened layer or its results are no longer in the project: screen the layer again.</source>
        <translation>Der gescreente Layer oder seine Ergebnisse sind nicht mehr im Projekt: Führen Sie das Screening des Layers erneut durch.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Results joined to &apos;{layer}&apos; (fields epoch_...).</source>
        <translation>Ergebnisse mit „{layer}“ verknüpft (Felder epoch_...).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{layer} + results</source>
        <translation>{layer} + Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{n} features copied with their results</source>
        <translation>{n} Objekte mit ihren Ergebnissen kopiert</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copying {layer}</source>
        <translation>{layer} wird kopiert</translation>
    </message>
    <message>
        <source>The check before upload found {n} feature(s) with errors that block an EU upload. Screen the layer anyway?</source>
        <translation type="obsolete">Die Vorabprüfung hat {n} Objekt(e) mit Fehlern gefunden, die einen EU-Upload blockieren. Das Screening des Layers trotzdem starten?</translation>
    </message>
    <message>
        <source>Production volume: not given</source>
        <translation type="obsolete">Produktionsmenge: k. A.</translation>
    </message>
    <message>
        <source>Article 10 check with its sources (facility validation)</source>
        <translation type="obsolete">Art.-10-Prüfung mit Quellen (Betriebsvalidierung)</translation>
    </message>
    <message>
        <source>Commodity radius: Epoch&apos;s default (5,000 m)</source>
        <translation type="obsolete">Rohstoffradius: Epoch-Standard (5.000 m)</translation>
    </message>
    <message>
        <source>Legality sources (Article 10)</source>
        <translation type="obsolete">Legalitätsquellen (Artikel 10)</translation>
    </message>
    <message>
        <source>Epoch&apos;s web search for Article 10 legality risks around each facility: the sources (title, date, link), a summary and a risk score. Sent to /validate_facilities.</source>
        <translation type="obsolete">Die Websuche von Epoch nach Legalitätsrisiken nach Artikel 10 um jeden Betrieb: die Quellen (Titel, Datum, Link), eine Zusammenfassung und ein Risikoscore. Wird an /validate_facilities gesendet.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../connection/session.py"/>
        <source>Enter the custom server URL (https://...).</source>
        <translation>Geben Sie die eigene Server-URL ein (https://...).</translation>
    </message>
    <message>
        <location filename="../connection/session.py"/>
        <source>the sandbox&apos;s demo account (API key)</source>
        <translation>das Demokonto der Sandbox (API-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../connection/session.py"/>
        <source>user {user} (API key)</source>
        <translation>Benutzer {user} (API-Schlüssel)</translation>
    </message>
</context>
<context>
    <name>ShownValues</name>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>standard</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Needs Review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Non-Compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Direct Plots</source>
        <translation>Direkte Parzellen</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Supply Shed</source>
        <translation>Einzugsgebiet</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the plot&apos;s EU country risk</source>
        <translation>das EU-Länderrisiko der Parzelle</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the plot&apos;s country</source>
        <translation>das Land der Parzelle</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>where the plot lies</source>
        <translation>wo die Parzelle liegt</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the producer&apos;s country</source>
        <translation>das Land des Erzeugers</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>non-critical</source>
        <translation>nicht kritisch</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>no deforestation</source>
        <translation>keine Entwaldung</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: 1 producer ({asked})</source>
        <translation>{time}: 1 Erzeuger ({asked})</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: {n} producers ({asked})</source>
        <translation>{time}: {n} Erzeuger ({asked})</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: 1 producer</source>
        <translation>{time}: 1 Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: {n} producers</source>
        <translation>{time}: {n} Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window {start} to {end}</source>
        <translation>Zeitraum {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window from {start} to today</source>
        <translation>Zeitraum vom {start} bis heute</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window up to {end}</source>
        <translation>Zeitraum bis {end}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; to keep a snapshot of</source>
        <translation>Kein Layer „{layer}“, von dem ein Snapshot gespeichert werden könnte</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{file} is locked by another program; close it there and load again.</source>
        <translation>{file} ist von einem anderen Programm gesperrt; schließen Sie die Datei dort und laden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Could not keep a snapshot of &apos;{layer}&apos; in {file}: {error}</source>
        <translation>Snapshot von „{layer}“ konnte nicht in {file} gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No snapshot in {file}: each load of assessments keeps one; load them again later and compare then, or compare with an earlier layer.</source>
        <translation>Kein Snapshot in {file}: Jeder Abruf von Bewertungen speichert einen; laden Sie sie später erneut und vergleichen Sie dann, oder vergleichen Sie mit einem früheren Layer.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Only one load of &apos;{layer}&apos; is kept in {file} ({time}): nothing earlier to compare with yet.</source>
        <translation>In {file} ist nur ein Abruf von „{layer}“ gespeichert ({time}): noch nichts Früheres zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No snapshot taken on or before {moment} in {file}; the oldest is {oldest}.</source>
        <translation>Kein Snapshot am oder vor {moment} in {file}; der älteste ist vom {oldest}.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Snapshot {name} is not in {file}: give &apos;previous&apos;, &apos;latest&apos;, &apos;oldest&apos;, a day (YYYY-MM-DD) or one of: {shown}</source>
        <translation>Snapshot {name} ist nicht in {file}: Geben Sie &apos;previous&apos;, &apos;latest&apos;, &apos;oldest&apos;, einen Tag (YYYY-MM-DD) oder einen dieser Snapshots an: {shown}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Cannot open {file}</source>
        <translation>{file} kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; in {file}</source>
        <translation>Kein Layer „{layer}“ in {file}</translation>
    </message>
    <message>
        <source>today</source>
        <translation type="obsolete">heute</translation>
    </message>
    <message>
        <source>{n} producer</source>
        <translation type="obsolete">{n} Erzeuger</translation>
    </message>
    <message>
        <source>{n} producers</source>
        <translation type="obsolete">{n} Erzeuger</translation>
    </message>
</context>
<context>
    <name>StatementWatcher</name>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>Checking submitted statements</source>
        <translation>Eingereichte Erklärungen werden abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>EU Information System</source>
        <translation>EU-Informationssystem</translation>
    </message>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>Show statements</source>
        <translation>Erklärungen anzeigen</translation>
    </message>
</context>
<context>
    <name>StyleStore</name>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>OGR error {code}</source>
        <translation>OGR-Fehler {code}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>creating the table {table}: {error}</source>
        <translation>Anlegen der Tabelle {table}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>adding the column {column} to {table}</source>
        <translation>Hinzufügen der Spalte {column} zu {table}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>{file} is locked by another program (waited {seconds} s); close it there and run again.</source>
        <translation>{file} ist von einem anderen Programm gesperrt ({seconds} s gewartet); schließen Sie die Datei dort und führen Sie den Vorgang erneut aus.</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>Could not store the style of &apos;{layer}&apos; in {file}: {error}. The styles in the file were left as they were.</source>
        <translation>Der Stil von „{layer}“ konnte nicht in {file} gespeichert werden: {error}. Die Stile in der Datei blieben unverändert.</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>removing the old style &apos;{name}&apos;</source>
        <translation>Entfernen des alten Stils „{name}“</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>unsetting the default style &apos;{name}&apos;</source>
        <translation>Aufheben des Standardstils „{name}“</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>adding the style &apos;{name}&apos;</source>
        <translation>Hinzufügen des Stils „{name}“</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Check sample: {status}</source>
        <translation>Stichprobe: {status}</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Facility</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Legality risk</source>
        <translation>Legalitätsrisiko</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Error: blocks an EU upload</source>
        <translation>Fehler: blockiert einen EU-Upload</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} Looking &apos;{name}&apos; up failed too ({reason}); check the Assessments before submitting again.</source>
        <translation>{error} Die Suche nach „{name}“ ist ebenfalls fehlgeschlagen ({reason}); prüfen Sie die Bewertungen, bevor Sie erneut einreichen.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} It was received: collection &apos;{name}&apos; ({id}) is among the assessments. Do not submit it again.</source>
        <translation>{error} Die Einreichung ist angekommen: Sammlung „{name}“ ({id}) ist unter den Bewertungen. Reichen Sie sie nicht erneut ein.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} &apos;{name}&apos; is not among the assessments yet: it may still be processing (minutes to hours). Look again later before submitting it again.</source>
        <translation>{error} „{name}“ ist noch nicht unter den Bewertungen: Möglicherweise wird die Sammlung noch verarbeitet (Minuten bis Stunden). Sehen Sie später nach, bevor Sie sie erneut einreichen.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>Only located features can be submitted: screen the table first, then submit the screening results.</source>
        <translation>Nur Objekte mit Standort können eingereicht werden: Führen Sie zuerst das Screening der Tabelle durch und reichen Sie dann die Screening-Ergebnisse ein.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>The collection &apos;{name}&apos; already exists at Epoch (collection {id}), so nothing was sent: its results are those of the earlier assessment. Tick &apos;Reprocess&apos; to assess it again.</source>
        <translation>Die Sammlung „{name}“ existiert bei Epoch bereits (Sammlung {id}), daher wurde nichts gesendet: Ihre Ergebnisse sind die der früheren Bewertung. Kreuzen Sie „Neu verarbeiten“ an, um sie erneut bewerten zu lassen.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collections already exist at Epoch ({names}), so nothing was sent for them: their results are those of the earlier assessments. Tick &apos;Reprocess&apos; to assess them again.</source>
        <translation>{n} Sammlungen existieren bei Epoch bereits ({names}), daher wurde für sie nichts gesendet: Ihre Ergebnisse sind die der früheren Bewertungen. Kreuzen Sie „Neu verarbeiten“ an, um sie erneut bewerten zu lassen.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} producer</source>
        <translation>{n} Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} producers</source>
        <translation>{n} Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> ({n} without a producer name)</source>
        <translation> (ohne Erzeugernamen: {n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>producer not given</source>
        <translation>Erzeuger nicht angegeben</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} country</source>
        <translation>{n} Land</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} countries</source>
        <translation>{n} Länder</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> ({n} in no country)</source>
        <translation> (in keinem Land: {n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collection</source>
        <translation>{n} Sammlung</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collections</source>
        <translation>{n} Sammlungen</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{things}, {producers}, {countries}: {collections}</source>
        <translation>{things}, {producers}, {countries}: {collections}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>no country</source>
        <translation>kein Land</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>all producers</source>
        <translation>alle Erzeuger</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>(no producer name)</source>
        <translation>(ohne Erzeugernamen)</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{name}: {producer}, {commodity}, {things}, {countries}</source>
        <translation>{name}: {producer}, {commodity}, {things}, {countries}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>&apos;{commodity}&apos; is not one of Epoch&apos;s commodities: Epoch assesses it with its plantation model and warns.</source>
        <translation>„{commodity}“ ist keiner der Rohstoffe von Epoch: Epoch bewertet ihn mit seinem Plantagenmodell und gibt eine Warnung aus.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>&apos;{name}&apos; spans {n} countries ({countries}): Epoch reports a collection as one producer in one place; send one collection per producer to keep them apart.</source>
        <translation>„{name}“ erstreckt sich über {n} Länder ({countries}): Epoch führt eine Sammlung als einen Erzeuger an einem Ort; senden Sie eine Sammlung je Erzeuger, um sie zu trennen.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>their &apos;{field}&apos; is empty or names no commodity</source>
        <translation>ihr Feld „{field}“ ist leer oder nennt keinen Rohstoff</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>no commodity column was chosen and no commodity for all rows</source>
        <translation>es wurde weder eine Rohstoffspalte noch ein Rohstoff für alle Zeilen gewählt</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>No commodity for {producers} (features {features}): {why}. Nothing is sent as &apos;unknown&apos;: {how}</source>
        <translation>Kein Rohstoff für {producers} (Objekte {features}): {why}. Nichts wird als „unknown“ gesendet: {how}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>pick the column that holds the commodity, or a commodity for rows without one.</source>
        <translation>wählen Sie die Spalte mit dem Rohstoff oder einen Rohstoff für Zeilen ohne Angabe.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{commodity} ({n})</source>
        <translation>{commodity} ({n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>One collection takes one commodity, but these rows hold {held}: send one collection per producer, or submit each commodity&apos;s rows apart.</source>
        <translation>Eine Sammlung nimmt nur einen Rohstoff auf, diese Zeilen enthalten aber mehrere ({held}): Senden Sie eine Sammlung je Erzeuger, oder reichen Sie die Zeilen jedes Rohstoffs getrennt ein.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>The collection name &apos;{name}&apos; names one collection, but these rows make {n} (one per producer and commodity): {how}</source>
        <translation>Der Sammlungsname „{name}“ bezeichnet eine Sammlung, diese Zeilen ergeben aber {n} (eine je Erzeuger und Rohstoff): {how}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>clear the name to name each after its producer, or send them as one collection.</source>
        <translation>leeren Sie den Namen, damit jede nach ihrem Erzeuger benannt wird, oder senden Sie sie als eine Sammlung.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already assessed on Epoch: it was not sent.</source>
        <translation type="obsolete">„{name}“ ist auf Epoch bereits bewertet: Sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>{n} collections are already assessed on Epoch and were not sent: {names}.</source>
        <translation type="obsolete">{n} Sammlungen sind auf Epoch bereits bewertet und wurden nicht gesendet: {names}.</translation>
    </message>
    <message>
        <source>1 facility</source>
        <translation type="obsolete">1 Betrieb</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation type="obsolete">{n} Betriebe</translation>
    </message>
    <message>
        <source>1 plot</source>
        <translation type="obsolete">1 Parzelle</translation>
    </message>
    <message>
        <source>{n} plots</source>
        <translation type="obsolete">{n} Parzellen</translation>
    </message>
    <message>
        <source>1 producer</source>
        <translation type="obsolete">1 Erzeuger</translation>
    </message>
    <message>
        <source>1 country</source>
        <translation type="obsolete">1 Land</translation>
    </message>
    <message>
        <source>1 collection</source>
        <translation type="obsolete">1 Sammlung</translation>
    </message>
</context>
<context>
    <name>SubmitBatch</name>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submit for assessment (batch)</source>
        <translation>Zur Bewertung einreichen (Batch)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submits facilities (points) for supply-shed assessment or plots (polygons) for direct assessment, as Epoch&apos;s dashboard holds them: one collection per producer (GROUP_BY=producer, the producer read from PRODUCER_FIELD), or all in one collection (GROUP_BY=one). Each feature&apos;s commodity is read from COMMODITY_FIELD (Café, kopi, sawit... are understood), COMMODITY filling features without one; COMMODITY alone is every feature&apos;s. Empty fields are guessed from the column names (the commodity field only when COMMODITY is not given). Features without any commodity are refused, named, and nothing is sent. The counts (plots, producers, countries, collections) are printed first. Collections are named {commodity}_{producer}_{date} (one collection: COLLECTION_NAME, or {commodity}_{country}_{date}). WAIT_SECONDS &gt; 0 polls until each assessment appears. A collection name already assessed is reported first (without FORCE_REPROCESS Epoch returns that collection). The jobs are recorded in the QGIS profile: the panel keeps checking them, also after a restart, and says when they are ready.</source>
        <translation>Reicht Betriebe (Punkte) zur Einzugsgebietsbewertung oder Parzellen (Polygone) zur Direktbewertung ein, so wie das Epoch-Dashboard sie führt: eine Sammlung je Erzeuger (GROUP_BY=producer, der Erzeuger aus PRODUCER_FIELD gelesen) oder alle in einer Sammlung (GROUP_BY=one). Der Rohstoff jedes Objekts wird aus COMMODITY_FIELD gelesen (Café, kopi, sawit... werden verstanden), wobei COMMODITY Objekte ohne Angabe ergänzt; COMMODITY allein gilt für alle Objekte. Leere Felder werden aus den Spaltennamen erraten (das Rohstofffeld nur, wenn COMMODITY nicht angegeben ist). Objekte ganz ohne Rohstoff werden abgelehnt und benannt, und nichts wird gesendet. Die Anzahlen (Parzellen, Erzeuger, Länder, Sammlungen) werden zuerst ausgegeben. Sammlungen heißen {commodity}_{producer}_{date} (eine Sammlung: COLLECTION_NAME oder {commodity}_{country}_{date}). Mit WAIT_SECONDS &gt; 0 wird abgefragt, bis jede Bewertung erscheint. Ein bereits bewerteter Sammlungsname wird vorab gemeldet (ohne FORCE_REPROCESS liefert Epoch diese Sammlung zurück). Die Aufträge werden im QGIS-Profil gespeichert: Das Bedienfeld fragt sie weiter ab, auch nach einem Neustart, und meldet, wenn sie fertig sind.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Screened locations</source>
        <translation>Standorte aus dem Screening</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Selected features only</source>
        <translation>Nur gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collections (producer: one per producer; one: a single collection)</source>
        <translation>Sammlungen (producer: eine je Erzeuger; one: eine einzige Sammlung)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Producer field (empty: guessed)</source>
        <translation>Erzeugerfeld (leer: erraten)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Commodity field (empty: guessed)</source>
        <translation>Rohstofffeld (leer: erraten)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name, for one collection (empty: suggested)</source>
        <translation>Sammlungsname, für eine einzige Sammlung (leer: Vorschlag)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Commodity (with a commodity field: of features without one)</source>
        <translation>Rohstoff (mit Rohstofffeld: für Objekte ohne Angabe)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Reprocess an existing collection</source>
        <translation>Vorhandene Sammlung neu verarbeiten</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Wait for the results (seconds)</source>
        <translation>Auf die Ergebnisse warten (Sekunden)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection id (several: comma-separated)</source>
        <translation>Sammlungs-ID (mehrere: durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Status (several: comma-separated)</source>
        <translation>Status (mehrere: durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name (several: comma-separated)</source>
        <translation>Sammlungsname (mehrere: durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collections sent (JSON)</source>
        <translation>Gesendete Sammlungen (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{parameter}: &apos;{field}&apos; is not a field of &apos;{layer}&apos; (its fields: {fields}).</source>
        <translation>{parameter}: „{field}“ ist kein Feld von „{layer}“ (seine Felder: {fields}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Producer field: {producer}; commodity field: {commodity}</source>
        <translation>Erzeugerfeld: {producer}; Rohstofffeld: {commodity}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>set COMMODITY_FIELD to the field that holds it, or COMMODITY for features without one.</source>
        <translation>setzen Sie COMMODITY_FIELD auf das Feld mit dem Rohstoff oder COMMODITY für Objekte ohne Angabe.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>leave COLLECTION_NAME empty (each is named after its producer), or set GROUP_BY=one.</source>
        <translation>lassen Sie COLLECTION_NAME leer (jede wird nach ihrem Erzeuger benannt) oder setzen Sie GROUP_BY=one.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}): without FORCE_REPROCESS Epoch returns that collection, not a new assessment.</source>
        <translation>„{name}“ ist auf Epoch bereits bewertet (Sammlung {id}): Ohne FORCE_REPROCESS liefert Epoch diese Sammlung zurück, keine neue Bewertung.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} facility sent</source>
        <translation>{n} Betrieb gesendet</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} facilities sent</source>
        <translation>{n} Betriebe gesendet</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} plot sent</source>
        <translation>{n} Parzelle gesendet</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} plots sent</source>
        <translation>{n} Parzellen gesendet</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{name}: {sent}; collection {id}: {status}</source>
        <translation>{name}: {sent}; Sammlung {id}: {status}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Waiting up to {seconds} s for the assessment ...</source>
        <translation>Warten auf die Bewertung (bis zu {seconds} s) ...</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection {id}: {status}</source>
        <translation>Sammlung {id}: {status}</translation>
    </message>
    <message>
        <source>{n} facility(s) sent</source>
        <translation type="obsolete">{n} Betrieb(e) gesendet</translation>
    </message>
    <message>
        <source>{n} plot(s) sent</source>
        <translation type="obsolete">{n} Parzelle(n) gesendet</translation>
    </message>
</context>
<context>
    <name>SubmitTab</name>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>The collection &apos;{name}&apos; was submitted (collection {id}, {count} sent).</source>
        <translation>Die Sammlung „{name}“ wurde eingereicht (Sammlung {id}, {count} gesendet).</translation>
    </message>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>{n} collections were submitted.</source>
        <translation>{n} Sammlungen wurden eingereicht.</translation>
    </message>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Last checked</source>
        <translation>Letzte Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>ready</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{count} sent, commodity: {commodity}</source>
        <translation>{count} gesendet, Rohstoff: {commodity}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{count} sent, commodity not given</source>
        <translation>{count} gesendet, Rohstoff nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>local sandbox</source>
        <translation>lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {time} UTC from Processing to {server}</source>
        <translation>Eingereicht {time} UTC aus der Verarbeitung an {server}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {time} UTC from the panel to {server}</source>
        <translation>Eingereicht {time} UTC aus dem Bedienfeld an {server}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Screen a layer first: its results can then be submitted for assessment.</source>
        <translation>Führen Sie zuerst das Screening eines Layers durch: Seine Ergebnisse können dann zur Bewertung eingereicht werden.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>One collection per producer</source>
        <translation>Eine Sammlung je Erzeuger</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>One collection for all</source>
        <translation>Eine Sammlung für alle</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Epoch&apos;s assessments hold one producer&apos;s plots each: one collection per producer shows each producer with its own status, commodity and country.</source>
        <translation>Jede Bewertung von Epoch enthält die Parzellen eines einzigen Erzeugers: Mit einer Sammlung je Erzeuger erscheint jeder Erzeuger mit eigenem Status, Rohstoff und Land.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The field that names each feature&apos;s producer (farmer, supplier, company).</source>
        <translation>Das Feld, das den Erzeuger jedes Objekts nennt (Landwirt, Lieferant, Unternehmen).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The field that holds each feature&apos;s commodity (coffee, Café, kopi, cacao, sawit... are understood).</source>
        <translation>Das Feld mit dem Rohstoff jedes Objekts (coffee, Café, kopi, cacao, sawit... werden verstanden).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>None: refuse</source>
        <translation>Keiner: ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The name of a single collection. Left as suggested, each collection is named {commodity}_{producer}_{date}.</source>
        <translation>Der Name einer einzelnen Sammlung. Bleibt der Vorschlag stehen, heißt jede Sammlung {commodity}_{producer}_{date}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Reprocess if the collection exists</source>
        <translation>Neu verarbeiten, falls Sammlung existiert</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Producer field</source>
        <translation>Erzeugerfeld</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Commodity field</source>
        <translation>Rohstofffeld</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The commodity of rows whose commodity field is empty, or of every row when no field is chosen: the one screened, unless changed here.</source>
        <translation>Der Rohstoff der Zeilen, deren Rohstofffeld leer ist, oder aller Zeilen, wenn kein Feld gewählt ist: der im Screening verwendete, sofern hier nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Default commodity</source>
        <translation>Standard-Rohstoff</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection name</source>
        <translation>Sammlungsname</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submit ticked rows (or the map selection)</source>
        <translation>Angehakte Zeilen (oder Auswahl) einreichen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs</source>
        <translation>Eingereichte Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Check now</source>
        <translation>Jetzt abfragen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Clear settled</source>
        <translation>Erledigte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Forget the jobs that are ready, failed or given up (the results stay on Epoch).</source>
        <translation>Aufträge vergessen, die fertig, fehlgeschlagen oder aufgegeben sind (die Ergebnisse bleiben bei Epoch).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened facility from &apos;{layer}&apos;. Tick it in the Screening table (or select it on the map) and submit it to /batch_supply_shed (supply-shed assessment).</source>
        <translation>{n} Betrieb aus dem Screening von „{layer}“. Haken Sie ihn in der Screening-Tabelle an (oder wählen Sie ihn auf der Karte) und reichen Sie ihn bei /batch_supply_shed ein (Einzugsgebietsbewertung).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened facilities from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_supply_shed (supply-shed assessment).</source>
        <translation>{n} Betriebe aus dem Screening von „{layer}“. Haken Sie Zeilen in der Screening-Tabelle an (oder wählen Sie Objekte auf der Karte) und reichen Sie sie bei /batch_supply_shed ein (Einzugsgebietsbewertung).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened plot from &apos;{layer}&apos;. Tick it in the Screening table (or select it on the map) and submit it to /batch_process (direct plot assessment).</source>
        <translation>{n} Parzelle aus dem Screening von „{layer}“. Haken Sie sie in der Screening-Tabelle an (oder wählen Sie sie auf der Karte) und reichen Sie sie bei /batch_process ein (Direktbewertung der Parzellen).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened plots from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_process (direct plot assessment).</source>
        <translation>{n} Parzellen aus dem Screening von „{layer}“. Haken Sie Zeilen in der Screening-Tabelle an (oder wählen Sie Objekte auf der Karte) und reichen Sie sie bei /batch_process ein (Direktbewertung der Parzellen).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The screening results are no longer in the project (another project was opened): screen the layer again.</source>
        <translation>Die Screening-Ergebnisse sind nicht mehr im Projekt (ein anderes Projekt wurde geöffnet): Führen Sie das Screening des Layers erneut durch.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Nothing to submit: tick rows in the Screening results or select features on the map.</source>
        <translation>Nichts einzureichen: Haken Sie Zeilen in den Screening-Ergebnissen an oder wählen Sie Objekte auf der Karte.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The screened layer is no longer in the project (another project was opened): open it and screen it again.</source>
        <translation>Der gescreente Layer ist nicht mehr im Projekt (ein anderes Projekt wurde geöffnet): Öffnen Sie ihn und führen Sie das Screening erneut durch.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; was submitted on {day} ({state}). Submitted again without &apos;Reprocess&apos;, Epoch returns that collection, not a new assessment. Submit anyway?</source>
        <translation>„{name}“ wurde am {day} eingereicht ({state}). Ohne „Neu verarbeiten“ erneut eingereicht, liefert Epoch diese Sammlung zurück, keine neue Bewertung. Trotzdem einreichen?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; on {day} ({state})</source>
        <translation>„{name}“ am {day} ({state})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted before: {jobs}. Submitted again without &apos;Reprocess&apos;, Epoch returns those collections, not new assessments. Submit anyway?</source>
        <translation>Bereits eingereicht: {jobs}. Ohne „Neu verarbeiten“ erneut eingereicht, liefert Epoch diese Sammlungen zurück, keine neuen Bewertungen. Trotzdem einreichen?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Preparing the submission</source>
        <translation>Einreichung wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>one per producer: {commodity}_{producer}_{date}</source>
        <translation>eine je Erzeuger: {commodity}_{producer}_{date}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: {why}</source>
        <translation>Nicht eingereicht: {why}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{summary}

{details}

Send this collection?</source>
        <translation>{summary}

{details}

Diese Sammlung senden?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{summary}

{details}

Send these {n} collections?</source>
        <translation>{summary}

{details}

Diese {n} Sammlungen senden?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: nothing was sent.</source>
        <translation>Nicht eingereicht: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} collections</source>
        <translation>{n} Sammlungen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitting {name}</source>
        <translation>{name} wird eingereicht</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}). Submitted again without &apos;Reprocess&apos;, Epoch returns its results, not a new assessment. Submit anyway?</source>
        <translation>„{name}“ ist auf Epoch bereits bewertet (Sammlung {id}). Ohne „Neu verarbeiten“ erneut eingereicht, liefert Epoch ihre Ergebnisse, keine neue Bewertung. Trotzdem einreichen?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{names} are already assessed on Epoch (collections {ids}). Submitted again without &apos;Reprocess&apos;, Epoch returns their results, not new assessments. Submit anyway?</source>
        <translation>{names} sind auf Epoch bereits bewertet (Sammlungen {ids}). Ohne „Neu verarbeiten“ erneut eingereicht, liefert Epoch ihre Ergebnisse, keine neuen Bewertungen. Trotzdem einreichen?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: &apos;{name}&apos; is already assessed. Load it in Assessments, tick &apos;Reprocess&apos;, or choose another name.</source>
        <translation>Nicht eingereicht: „{name}“ ist bereits bewertet. Laden Sie sie unter Bewertungen, kreuzen Sie „Neu verarbeiten“ an oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: {names} are already assessed. Load them in Assessments, tick &apos;Reprocess&apos;, or choose other names.</source>
        <translation>Nicht eingereicht: {names} sind bereits bewertet. Laden Sie sie unter Bewertungen, kreuzen Sie „Neu verarbeiten“ an oder wählen Sie andere Namen.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The other {n} collections were submitted; their state is checked below.</source>
        <translation>Die anderen {n} Sammlungen wurden eingereicht; ihr Status wird unten geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The other collection was submitted; its state is checked below.</source>
        <translation>Die andere Sammlung wurde eingereicht; ihr Status wird unten geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted: collection {id}. Its state is checked below, also after QGIS restarts, and a notice says when it is ready.</source>
        <translation>Eingereicht: Sammlung {id}. Ihr Zustand wird unten abgefragt, auch nach einem Neustart von QGIS, und eine Meldung erscheint, sobald sie fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {n} collections. Their state is checked below, also after QGIS restarts, and a notice says when each is ready.</source>
        <translation>Eingereichte Sammlungen: {n}. Ihr Zustand wird unten abgefragt, auch nach einem Neustart von QGIS, und eine Meldung erscheint, sobald jede fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}, {waiting} being checked (last check: {error})</source>
        <translation>Eingereichte Aufträge: {n}, {waiting} in Prüfung (letzte Prüfung: {error})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}, {waiting} being checked</source>
        <translation>Eingereichte Aufträge: {n}, davon {waiting} in Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}</source>
        <translation>Eingereichte Aufträge: {n}</translation>
    </message>
    <message>
        <source>collection {id} ({n} sent): {status}</source>
        <translation type="obsolete">Sammlung {id} ({n} gesendet): {status}</translation>
    </message>
    <message>
        <source>{n} collection(s) sent</source>
        <translation type="obsolete">Gesendete Sammlungen: {n}</translation>
    </message>
    <message>
        <source>; already assessed, not sent: {names}</source>
        <translation type="obsolete">; bereits bewertet, nicht gesendet: {names}</translation>
    </message>
    <message>
        <source>{summary}

{details}

Send {n} collection(s)?</source>
        <translation type="obsolete">{summary}

{details}

{n} Sammlung(en) senden?</translation>
    </message>
    <message>
        <source>{names} is already assessed on Epoch (collection {id}). Submitted again without &apos;Reprocess&apos;, Epoch returns those results, not a new assessment. Submit anyway?</source>
        <translation type="obsolete">Auf Epoch gibt es bereits eine Bewertung für {names} (Sammlung {id}). Ohne „Neu verarbeiten“ erneut eingereicht, liefert Epoch diese Ergebnisse zurück, keine neue Bewertung. Trotzdem einreichen?</translation>
    </message>
    <message>
        <source>Not submitted: {names} is already assessed. Load it in Assessments, tick &apos;Reprocess&apos;, or choose another name.</source>
        <translation type="obsolete">Nicht eingereicht: Für {names} gibt es bereits eine Bewertung. Laden Sie sie unter „Bewertungen“, setzen Sie den Haken bei „Neu verarbeiten“ oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation type="obsolete">{n} Betriebe</translation>
    </message>
    <message>
        <source>{n} plots</source>
        <translation type="obsolete">{n} Parzellen</translation>
    </message>
    <message>
        <source>commodity not given</source>
        <translation type="obsolete">Rohstoff nicht angegeben</translation>
    </message>
    <message>
        <source>submitted {time} UTC from {origin} to {server}</source>
        <translation type="obsolete">eingereicht am {time} UTC (Herkunft: {origin}) an {server}</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="obsolete">Verarbeitung</translation>
    </message>
    <message>
        <source>the panel</source>
        <translation type="obsolete">das Bedienfeld</translation>
    </message>
    <message>
        <source>(last check: {error})</source>
        <translation type="obsolete">(letzte Abfrage: {error})</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../ui/wdg_common.py"/>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_common.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: {error}</source>
        <translation>{task}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>The connection to the server failed ({kind}); nothing was written. Check the connection and try again.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen ({kind}); es wurde nichts geschrieben. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>Could not write the results: {reason}</source>
        <translation>Die Ergebnisse konnten nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>The server&apos;s answer is nested too deeply to read; nothing was written.</source>
        <translation>Die Antwort des Servers ist zu tief verschachtelt, um gelesen zu werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>Unexpected error: {kind}: {reason}</source>
        <translation>Unerwarteter Fehler: {kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: {outcome}</source>
        <translation>{task}: {outcome}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: unexpected error {kind}</source>
        <translation>{task}: unerwarteter Fehler {kind}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: done</source>
        <translation>{task}: fertig</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: cancelled; nothing was changed</source>
        <translation>{task}: abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>{layer}: {n} features loaded</source>
        <translation type="obsolete">{layer}: {n} Objekte geladen</translation>
    </message>
</context>
<context>
    <name>ValidateFacility</name>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>POINT: give the facility&apos;s location as &apos;x,y [EPSG:code]&apos;, e.g. &apos;100.5018,13.7563 [EPSG:4326]&apos;.</source>
        <translation>POINT: Geben Sie den Standort des Betriebs als „x,y [EPSG:Code]“ an, z. B. „100.5018,13.7563 [EPSG:4326]“.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>POINT: {reason}</source>
        <translation>POINT: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>OUTPUT: checks are kept in a GeoPackage (each run adds a row): give a .gpkg file.</source>
        <translation>OUTPUT: Prüfungen werden in einem GeoPackage gespeichert (jeder Lauf fügt eine Zeile hinzu): Geben Sie eine .gpkg-Datei an.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Checking the facility at {lon:.6f}, {lat:.6f} on {url}</source>
        <translation>Betrieb bei {lon:.6f}, {lat:.6f} wird auf {url} geprüft</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Validate a facility at a point (validate_facility)</source>
        <translation>Betrieb an einem Punkt validieren (validate_facility)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Asks Epoch&apos;s /validate_facility whether a location is likely a first-mile aggregation facility for the commodity, and keeps the answer as one more row of the output&apos;s &apos;Checked facilities&apos; layer (a GeoPackage given twice gets two rows): the confidence score and level, the penalty breakdown and, with INCLUDE_LEGALITY_CHECK, the Article 10 legality sources in a related table (&lt;layer&gt;_sources, joined by check_id). The point may be in any CRS; a point at sea or outside the world is refused.</source>
        <translation>Fragt /validate_facility von Epoch, ob ein Standort wahrscheinlich ein Sammelbetrieb der ersten Meile für den Rohstoff ist, und speichert die Antwort als weitere Zeile des Layers „Geprüfte Betriebe“ der Ausgabe (ein zweimal angegebenes GeoPackage erhält zwei Zeilen): Konfidenzscore und -stufe, die Aufschlüsselung der Abzüge und mit INCLUDE_LEGALITY_CHECK die Legalitätsquellen nach Artikel 10 in einer verknüpften Tabelle (&lt;layer&gt;_sources, verknüpft über check_id). Der Punkt kann in jedem KBS liegen; ein Punkt auf See oder außerhalb der Welt wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Facility location</source>
        <translation>Standort des Betriebs</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Include deforestation within 50 km</source>
        <translation>Entwaldung im Umkreis von 50 km einbeziehen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Checked facilities</source>
        <translation>Geprüfte Betriebe</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Legality sources table</source>
        <translation>Tabelle der Legalitätsquellen</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Confidence score</source>
        <translation>Konfidenzscore</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Confidence level</source>
        <translation>Konfidenzstufe</translation>
    </message>
</context>
</TS>
