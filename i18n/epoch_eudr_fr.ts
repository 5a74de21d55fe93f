<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AssessmentActions</name>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>Check sample</source>
        <translation>Échantillon de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>{n} producers are loaded: select the producers to report on (in the table or on the map); a report covers at most {limit} producers without a selection.</source>
        <translation>{n} producteurs sont chargés : sélectionnez les producteurs du rapport (dans le tableau ou sur la carte) ; sans sélection, un rapport couvre au plus {limit} producteurs.</translation>
    </message>
    <message>
        <source>Cannot open the assessments ({source}): load the assessments again.</source>
        <translation type="obsolete">Impossible d&apos;ouvrir les évaluations ({source}) : chargez à nouveau les évaluations.</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation type="obsolete">risque élevé</translation>
    </message>
    <message>
        <source>standard risk</source>
        <translation type="obsolete">risque standard</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation type="obsolete">risque faible</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation type="obsolete">pays inconnu</translation>
    </message>
    <message>
        <source>{risk}: {picked} of {population} ({share} %)</source>
        <translation type="obsolete">{risk} : {picked} sur {population} ({share} %)</translation>
    </message>
    <message>
        <source>Check sample (seed {seed}): {producers}, {rows}: {classes}</source>
        <translation type="obsolete">Échantillon de contrôle (graine {seed}) : {producers}, {rows} : {classes}</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="obsolete"> ; </translation>
    </message>
    <message>
        <source>no producers</source>
        <translation type="obsolete">aucun producteur</translation>
    </message>
    <message>
        <source>{n} producer</source>
        <translation type="obsolete">{n} producteur</translation>
    </message>
    <message>
        <source>{n} producers</source>
        <translation type="obsolete">{n} producteurs</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation type="obsolete">{n} ligne</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation type="obsolete">{n} lignes</translation>
    </message>
    <message>
        <source>Check sample (seed {seed}): {producers} producer(s), {rows} row(s): {classes}</source>
        <translation type="obsolete">Échantillon de contrôle (graine {seed}) : {producers} producteur(s), {rows} ligne(s) : {classes}</translation>
    </message>
    <message>
        <source>The check sample could not be drawn: see the Processing log.</source>
        <translation type="obsolete">L&apos;échantillon de contrôle n&apos;a pas pu être tiré : voir le journal des messages (onglet Traitement).</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../ui/assessment_filters.py"/>
        <source>QGIS refused the filter on the layer ({filter}): the map shows every producer.</source>
        <translation>QGIS a refusé le filtre sur la couche ({filter}) : la carte montre tous les producteurs.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Flat</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Grouped by producer</source>
        <translation>Groupé par producteur</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Drill-down plots</source>
        <translation>Parcelles (détail)</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Total Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Medium Risk (≤5%)</source>
        <translation>Risque moyen (≤5 %)</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>No non-compliant area and no non-compliant plot.</source>
        <translation>Aucune superficie et aucune parcelle non conformes.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>More than {share} % of the area or more than {plots} plots non-compliant.</source>
        <translation>Plus de {share} % de la superficie ou plus de {plots} parcelles non conformes.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Some non-compliance: at most {share} % of the area and at most {plots} plots.</source>
        <translation>Une part non conforme : au plus {share} % de la superficie et au plus {plots} parcelles.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>No confidence level and no non-compliance figure, or a figure that cannot be used (the layer&apos;s Skip reason field says which).</source>
        <translation>Aucun niveau de confiance ni chiffre de non-conformité, ou un chiffre inutilisable (le champ Motif d&apos;omission de la couche dit lequel).</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>At most {area} ha deforested after 2020.</source>
        <translation>Au plus {area} ha déboisé après 2020.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>More than {area} ha deforested after 2020.</source>
        <translation>Plus de {area} ha déboisé après 2020.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU high risk</source>
        <translation>Risque UE élevé</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU standard risk</source>
        <translation>Risque UE standard</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU low risk</source>
        <translation>Risque UE faible</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU risk unknown</source>
        <translation>Risque UE inconnu</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{risk} · {share} %</source>
        <translation>{risk} · {share} %</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{n} producer</source>
        <translation>{n} producteur</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{n} producers</source>
        <translation>{n} producteurs</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{assessments} of {producers}: one assessment per collection; a producer with several collections counts once in the check sample.</source>
        <translation>{assessments} de {producers} : une évaluation par collection ; un producteur qui a plusieurs collections ne compte qu&apos;une fois dans l&apos;échantillon de contrôle.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{assessments} of {producers} in this class: the check sample picks {share} % of these producers, at least one.</source>
        <translation>{assessments} de {producers} dans cette catégorie : l&apos;échantillon de contrôle retient {share} % de ces producteurs, au moins un.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Total Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>The plots of the collection drilled down.</source>
        <translation>Les parcelles de la collection vue en détail.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>All plots</source>
        <translation>Toutes les parcelles</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Epoch and the second opinion disagree</source>
        <translation>Epoch et le second avis divergent</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Second opinion: {verdict}</source>
        <translation>Second avis : {verdict}</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Epoch has no plots for {producer}: nothing was added to the map.</source>
        <translation>Epoch n&apos;a aucune parcelle pour {producer} : rien n&apos;a été ajouté à la carte.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Your plot id</source>
        <translation>Votre id de parcelle</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Drill-down plots: {layer}</source>
        <translation>Parcelles (détail) : {layer}</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Select an assessed producer (Not Assessable rows have no DDS).</source>
        <translation>Sélectionnez un producteur évalué (les lignes non évaluables n&apos;ont pas de DDR).</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Save the Due Diligence Statement</source>
        <translation>Enregistrer la déclaration de diligence raisonnée</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>ZIP files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Downloading DDS</source>
        <translation>Téléchargement de la DDR</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Saved {path} ({n} files). Load its GeoJSON as layers or open its PDF with the buttons above.</source>
        <translation>{path} enregistré ({n} fichiers). Chargez ses GeoJSON comme couches ou ouvrez son PDF avec les boutons ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Cannot read {path} ({reason}): download the DDS again.</source>
        <translation>Impossible de lire {path} ({reason}) : téléchargez à nouveau la DDR.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>{n} DDS layer added.</source>
        <translation>{n} couche de la DDR ajoutée.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>{n} DDS layers added.</source>
        <translation>{n} couches de la DDR ajoutées.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Opening the DDS PDF</source>
        <translation>Ouverture du PDF de la DDR</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load assessments</source>
        <translation>Charger les évaluations</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Assessments per EU country risk class (Implementing Regulation (EU) 2025/1093) and the share of operators a competent authority checks each year.</source>
        <translation>Évaluations par catégorie de risque pays de l&apos;UE (règlement d&apos;exécution (UE) 2025/1093) et part des opérateurs qu&apos;une autorité compétente contrôle chaque année.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Search producer, commodity, country ...</source>
        <translation>Rechercher producteur, produit, pays ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All EU risk classes</source>
        <translation>Tous les risques UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Sample only</source>
        <translation>Échantillon seul</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Only the producers in the check sample drawn (the table and the map).</source>
        <translation>Seulement les producteurs de l&apos;échantillon de contrôle tiré (dans le tableau et sur la carte).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>No producer matches these filters: the map shows none either.</source>
        <translation>Aucun producteur ne correspond à ces filtres : la carte n&apos;en montre aucun non plus.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill down</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Download DDS</source>
        <translation>Télécharger la DDR</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Check sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Pick the producers to check: at least 9 % / 3 % / 1 % per EU country risk class, highest Epoch risk first (the same seed gives the same sample).</source>
        <translation>Choisir les producteurs à contrôler : au moins 9 % / 3 % / 1 % par catégorie de risque pays de l&apos;UE, le risque Epoch le plus élevé d&apos;abord (la même graine donne le même échantillon).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>seed </source>
        <translation>graine </translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Breaks ties between equally risky producers; keep it to draw the same sample again.</source>
        <translation>Départage les producteurs de même risque ; conservez-la pour tirer à nouveau le même échantillon.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Field report (PDF)</source>
        <translation>Rapport terrain (PDF)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>A PDF section per selected producer (or all, up to 200): map, plots to visit with coordinates, risks; and a QField-ready copy next to it.</source>
        <translation>Une section PDF par producteur sélectionné (ou tous, jusqu&apos;à 200) : carte, parcelles à visiter avec leurs coordonnées, risques ; et à côté une copie prête pour QField.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open the last field report written (PDF).</source>
        <translation>Ouvrir le dernier rapport terrain rédigé (PDF).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>QGIS refused the filter on the layer ({filter}): the map shows every plot.</source>
        <translation>QGIS a refusé le filtre sur la couche ({filter}) : la carte affiche toutes les parcelles.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load DDS layers</source>
        <translation>Couches de la DDR</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open DDS PDF</source>
        <translation>PDF de la DDR</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Cannot read the table: {reason}</source>
        <translation>Impossible de lire le tableau : {reason}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Not Assessable: there is no DDS to export.</source>
        <translation>Non évaluable : aucune DDR à exporter.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Loading assessments</source>
        <translation>Chargement des évaluations</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>No plot matches this filter: the map shows none either.</source>
        <translation>Aucune parcelle ne correspond à ce filtre : la carte n&apos;en affiche aucune non plus.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All commodities</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Select a producer row first.</source>
        <translation>Sélectionnez d&apos;abord la ligne d&apos;un producteur.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down: {producer}</source>
        <translation>Détail : {producer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load the assessments first.</source>
        <translation>Chargez d&apos;abord les évaluations.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drawing the check sample</source>
        <translation>Tirage de l&apos;échantillon de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>The check sample is empty: no producers loaded.</source>
        <translation>L&apos;échantillon de contrôle est vide : aucun producteur chargé.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Save the field report</source>
        <translation>Enregistrer le rapport terrain</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Writing the field report</source>
        <translation>Rédaction du rapport terrain</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open {path} in the PDF viewer</source>
        <translation>Ouvrir {path} dans la visionneuse PDF</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Collection {id} is ready: load the assessments to see it.</source>
        <translation>La collection {id} est prête : chargez les évaluations pour la voir.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>{n} collections are ready: load the assessments to see them.</source>
        <translation>{n} collections sont prêtes : chargez les évaluations pour les voir.</translation>
    </message>
    <message>
        <source>Total Producers</source>
        <translation type="obsolete">Producteurs</translation>
    </message>
    <message>
        <source>Producers per EU country risk class (Implementing Regulation (EU) 2025/1093) and the share of operators a competent authority checks each year.</source>
        <translation type="obsolete">Producteurs par catégorie de risque pays de l&apos;UE (règlement d&apos;exécution (UE) 2025/1093) et part des opérateurs qu&apos;une autorité compétente contrôle chaque année.</translation>
    </message>
    <message>
        <source>{n} DDS layer(s) added.</source>
        <translation type="obsolete">{n} couche(s) de la DDR ajoutée(s).</translation>
    </message>
    <message>
        <source>Second opinion: NON_COMPLIANT</source>
        <translation type="obsolete">Second avis : NON_COMPLIANT</translation>
    </message>
    <message>
        <source>Second opinion: NEEDS_REVIEW</source>
        <translation type="obsolete">Second avis : NEEDS_REVIEW</translation>
    </message>
</context>
<context>
    <name>AuthConfig</name>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The QGIS authentication system is not available: open Settings &gt; Options &gt; Authentication and set a master password.</source>
        <translation>Le système d&apos;authentification de QGIS n&apos;est pas disponible : ouvrez Préférences &gt; Options &gt; Authentification et définissez un mot de passe principal.</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Unknown login kind {kind}</source>
        <translation>Type de connexion inconnu {kind}</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Enter both the email (or user id) and the password (or API key).</source>
        <translation>Saisissez l&apos;e-mail (ou l&apos;identifiant) et le mot de passe (ou la clé API).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>QGIS could not store the credentials (is the master password set?).</source>
        <translation>QGIS n&apos;a pas pu enregistrer les identifiants (le mot de passe principal est-il défini ?).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>No Epoch login configured: pick or create an authentication configuration.</source>
        <translation>Aucune connexion Epoch configurée : choisissez ou créez une configuration d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{authcfg}&apos; was not found or could not be decrypted (check the QGIS master password).</source>
        <translation>La configuration d&apos;authentification « {authcfg} » est introuvable ou n&apos;a pas pu être déchiffrée (vérifiez le mot de passe principal de QGIS).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{name}&apos; uses the {method} method; Epoch needs a Basic configuration (email and password, or user id and API key).</source>
        <translation>La configuration d&apos;authentification « {name} » utilise la méthode {method} ; Epoch requiert une configuration Basic (e-mail et mot de passe, ou identifiant et clé API).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The authentication configuration has an empty user name or password.</source>
        <translation>La configuration d&apos;authentification a un nom d&apos;utilisateur ou un mot de passe vide.</translation>
    </message>
</context>
<context>
    <name>ChangeStyles</name>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status worse</source>
        <translation>Statut dégradé</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>New producer</source>
        <translation>Nouveau producteur</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Producer gone</source>
        <translation>Producteur disparu</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Same status, figures changed</source>
        <translation>Même statut, chiffres modifiés</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status better</source>
        <translation>Statut amélioré</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Change (label)</source>
        <translation>Changement (libellé)</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Commodity</source>
        <translation>Produit de base</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status before</source>
        <translation>Statut avant</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status now</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Risk rank before</source>
        <translation>Rang de risque avant</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Risk rank now</source>
        <translation>Rang de risque actuel</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots before</source>
        <translation>Parcelles NC avant</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots now</source>
        <translation>Parcelles NC actuelles</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots</source>
        <translation>Parcelles NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % before</source>
        <translation>% NC avant</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % now</source>
        <translation>% NC actuel</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 before</source>
        <translation>Article 10 avant</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 now</source>
        <translation>Article 10 actuel</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10</source>
        <translation>Article 10</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Draw order</source>
        <translation>Ordre d&apos;affichage</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Matched by</source>
        <translation>Apparié par</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with</source>
        <translation>Comparé avec</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots {before} → {after}</source>
        <translation>Parcelles NC {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % {before} → {after}</source>
        <translation>% NC {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 {before} → {after}</source>
        <translation>Article 10 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>was {status}</source>
        <translation>était {status}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with the load kept as {snapshot}</source>
        <translation>Comparé avec le chargement conservé sous {snapshot}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with the layer {layer}</source>
        <translation>Comparé avec la couche {layer}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with {what}</source>
        <translation>Comparé avec {what}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>{producer} ({commodity}, {country})</source>
        <translation>{producer} ({commodity}, {country})</translation>
    </message>
    <message>
        <source>new: {status}</source>
        <translation type="obsolete">nouveau : {status}</translation>
    </message>
    <message>
        <source>gone (was {status})</source>
        <translation type="obsolete">disparu (était {status})</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No producer worse since {since}</source>
        <translation>Aucun producteur dégradé depuis {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>1 producer worse since {since}</source>
        <translation>1 producteur dégradé depuis {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>{n} producers worse since {since}</source>
        <translation>{n} producteurs dégradés depuis {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No change in {n} producer since {since}.</source>
        <translation>Aucun changement pour {n} producteur depuis {since}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No change in {n} producers since {since}.</source>
        <translation>Aucun changement pour {n} producteurs depuis {since}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>1 producer changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} with other figures changed ({both} in both loads).</source>
        <translation>1 producteur a changé depuis {since} : dégradés : {worse}, améliorés : {better}, nouveaux : {new}, disparus : {gone}, autres chiffres modifiés : {other} ({both} dans les deux chargements).</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>{n} producers changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} with other figures changed ({both} in both loads).</source>
        <translation>{n} producteurs ont changé depuis {since} : dégradés : {worse}, améliorés : {better}, nouveaux : {new}, disparus : {gone}, autres chiffres modifiés : {other} ({both} dans les deux chargements).</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>NC plots up for {plots_up}, down for {plots_down}; NC % up for {percent_up}, down for {percent_down}; Article 10 risk changed for {article10}.</source>
        <translation>Parcelles NC en hausse pour {plots_up}, en baisse pour {plots_down} ; % NC en hausse pour {percent_up}, en baisse pour {percent_down} ; risque article 10 modifié pour {article10}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>The loads were filtered differently (then: {then}; now: {now}): producers outside a filter show as new or gone.</source>
        <translation>Les chargements ont été filtrés différemment (alors : {then} ; maintenant : {now}) : les producteurs hors d&apos;un filtre apparaissent comme nouveaux ou disparus.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>no filter</source>
        <translation>aucun filtre</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>The monitoring windows differ (then: {then}; now: {now}): NC figures may move for that reason alone.</source>
        <translation>Les périodes de suivi diffèrent (alors : {then} ; maintenant : {now}) : les chiffres NC peuvent varier pour cette seule raison.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>the default window</source>
        <translation>la période par défaut</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes_task.py"/>
        <source>Changes since {when}</source>
        <translation>Changements depuis {when}</translation>
    </message>
    <message>
        <source>The monitoring windows differ (then {then_start} to {then_end}; now {now_start} to {now_end}): NC figures may move for that reason alone.</source>
        <translation type="obsolete">Les périodes de suivi diffèrent (alors {then_start} – {then_end} ; maintenant {now_start} – {now_end}) : les chiffres NC peuvent varier pour cette seule raison.</translation>
    </message>
    <message>
        <source>default</source>
        <translation type="obsolete">par défaut</translation>
    </message>
    <message>
        <source>today</source>
        <translation type="obsolete">aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>ChangesBox</name>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer worse since {day}</source>
        <translation>1 producteur dégradé depuis le {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers worse since {day}</source>
        <translation>{n} producteurs dégradés depuis le {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer worse since the earlier load</source>
        <translation>1 producteur dégradé depuis le chargement antérieur</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers worse since the earlier load</source>
        <translation>{n} producteurs dégradés depuis le chargement antérieur</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer changed since {day}</source>
        <translation>1 producteur modifié depuis le {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers changed since {day}</source>
        <translation>{n} producteurs modifiés depuis le {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer changed since the earlier load</source>
        <translation>1 producteur a changé depuis le chargement antérieur</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers changed since the earlier load</source>
        <translation>{n} producteurs ont changé depuis le chargement antérieur</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>No change since {day}</source>
        <translation>Aucun changement depuis le {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>No change since the earlier load</source>
        <translation>Aucun changement depuis le chargement antérieur</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>worse: {worse} · better: {better} · new: {new} · gone: {gone}</source>
        <translation>dégradés : {worse} · améliorés : {better} · nouveaux : {new} · disparus : {gone}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>The earlier load to compare the assessments shown with (kept in the results file).</source>
        <translation>Le chargement antérieur auquel comparer les évaluations affichées (conservé dans le fichier de résultats).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Show changes</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>A layer of what changed since that load: worse in red, better in green, new, gone, NC plots and Article 10 risk moved.</source>
        <translation>Une couche de ce qui a changé depuis ce chargement : dégradé en rouge, amélioré en vert, nouveau, disparu, parcelles NC et risque article 10 modifiés.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes since</source>
        <translation>Changements depuis</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Earlier loads kept in the results file for Changes since: the last N loads, newer than D days (0 = no limit). Older ones are deleted at the next load; the {n} latest are always kept.</source>
        <translation>Chargements antérieurs conservés dans le fichier de résultats pour « Changements depuis » : les N derniers chargements, datant de moins de D jours (0 = sans limite). Les plus anciens sont supprimés au prochain chargement ; les {n} plus récents sont toujours conservés.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Loads kept:</source>
        <translation>Chargements conservés :</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Days kept:</source>
        <translation>Jours conservés :</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes not computed: {reason}</source>
        <translation>Changements non calculés : {reason}</translation>
    </message>
    <message>
        <source> loads</source>
        <translation type="obsolete"> chargements</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="obsolete"> jours</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation type="obsolete">Conserver les</translation>
    </message>
    <message>
        <source>within</source>
        <translation type="obsolete">de moins de</translation>
    </message>
    <message>
        <source>the earlier load</source>
        <translation type="obsolete">chargement précédent</translation>
    </message>
</context>
<context>
    <name>CheckSample</name>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Risk-based check sample (EU country benchmarking)</source>
        <translation>Échantillon de contrôle fondé sur le risque (classification des pays par l&apos;UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Picks the producers a competent authority checks, from an assessments layer (e.g. the output of fetch_assessments): per EU country risk class (Implementing Regulation (EU) 2025/1093) at least the share of Regulation (EU) 2023/1115, Art. 16 (9 % high, 3 % standard, 1 % low; rounded up, at least one per class), highest Epoch risk first (risk rank, then non-compliant area, then non-compliant plots). Producers whose country is unknown are sampled at the standard share. SEED breaks ties and draws the RANDOM_SHARE of each class at random: the same seed gives the same sample. Writes every row of the picked producers with eu_country_risk, eu_check_share, sample_order and sample_reason. No server.</source>
        <translation>Choisit les producteurs qu&apos;une autorité compétente contrôle, à partir d&apos;une couche d&apos;évaluations (par ex. la sortie de fetch_assessments) : pour chaque classe de risque pays de l&apos;UE (règlement d&apos;exécution (UE) 2025/1093), au moins la part prévue par le règlement (UE) 2023/1115, art. 16 (9 % risque élevé, 3 % standard, 1 % faible ; arrondi au supérieur, au moins un par classe), le risque Epoch le plus élevé d&apos;abord (rang de risque, puis surface non conforme, puis parcelles non conformes). Les producteurs dont le pays est inconnu sont échantillonnés à la part standard. SEED départage les ex aequo et tire au hasard la part RANDOM_SHARE de chaque classe : la même graine donne le même échantillon. Écrit toutes les lignes des producteurs retenus avec eu_country_risk, eu_check_share, sample_order et sample_reason. Sans serveur.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producer assessments</source>
        <translation>Évaluations des producteurs</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Seed (ties and random picks)</source>
        <translation>Graine (ex aequo et tirages aléatoires)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Share of each class drawn at random (0 to 1)</source>
        <translation>Part de chaque classe tirée au hasard (0 à 1)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Check sample</source>
        <translation>Échantillon de contrôle</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producers picked per class</source>
        <translation>Producteurs retenus par classe</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Rows picked</source>
        <translation>Lignes retenues</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Per class: risk, share, population, picked (JSON)</source>
        <translation>Par catégorie : risque, part, population, tirés (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>No input layer.</source>
        <translation>Aucune couche en entrée.</translation>
    </message>
</context>
<context>
    <name>CheckSampleWords</name>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>high risk</source>
        <translation>risque élevé</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>standard risk</source>
        <translation>risque standard</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>low risk</source>
        <translation>risque faible</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>unknown country</source>
        <translation>pays inconnu</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{risk}: {picked} of {population} ({share} %)</source>
        <translation>{risk} : {picked} sur {population} ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>Check sample (seed {seed}): {producers}, {rows}: {classes}</source>
        <translation>Échantillon de contrôle (graine {seed}) : {producers}, {rows} : {classes}</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>no producers</source>
        <translation>aucun producteur</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} producer</source>
        <translation>{n} producteur</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} producers</source>
        <translation>{n} producteurs</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} row</source>
        <translation>{n} ligne</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../processing_provider/choices.py"/>
        <source>{parameter}: &apos;{value}&apos; is not one of its choices: {choices} (give the name or the number).</source>
        <translation>{parameter} : « {value} » ne fait pas partie des choix possibles : {choices} (indiquez le nom ou le numéro).</translation>
    </message>
</context>
<context>
    <name>ClientFactory</name>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>Only {names} is set: set EPOCH_EMAIL and EPOCH_PASSWORD, or EPOCH_API_KEY and EPOCH_USER_ID.</source>
        <translation>Seul {names} est défini : définissez EPOCH_EMAIL et EPOCH_PASSWORD, ou EPOCH_API_KEY et EPOCH_USER_ID.</translation>
    </message>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>No Epoch login: give an authentication configuration (AUTHCFG), or set EPOCH_EMAIL and EPOCH_PASSWORD (or EPOCH_API_KEY and EPOCH_USER_ID).</source>
        <translation>Aucune connexion Epoch : indiquez une configuration d&apos;authentification (AUTHCFG), ou définissez EPOCH_EMAIL et EPOCH_PASSWORD (ou EPOCH_API_KEY et EPOCH_USER_ID).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Commodity</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Admin 1</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>EU country risk</source>
        <translation>Risque pays UE</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC Plots</source>
        <translation>Parcelles NC</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Article 10</source>
        <translation>Article 10</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Plot</source>
        <translation>Parcelle</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>2nd opinion</source>
        <translation>2e avis</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Area (ha)</source>
        <translation>Surface (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC area (ha)</source>
        <translation>Surface NC (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Disagree</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Facility ID</source>
        <translation>ID du site</translation>
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
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Comm. Presence</source>
        <translation>Présence produit</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>POI</source>
        <translation>POI</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Road</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>High Density</source>
        <translation>Forte densité</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer Name</source>
        <translation>Nom du producteur</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Protected area</source>
        <translation>Aire protégée</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Deforestation (ha)</source>
        <translation>Déforestation (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Source feature</source>
        <translation>Entité source</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Data error</source>
        <translation>Erreur de données</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Data note</source>
        <translation>Note sur les données</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>CompareAssessments</name>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers worse</source>
        <translation>Producteurs en dégradation</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers better</source>
        <translation>Producteurs en amélioration</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>New producers</source>
        <translation>Nouveaux producteurs</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers gone</source>
        <translation>Producteurs disparus</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Same status, figures changed</source>
        <translation>Même statut, chiffres modifiés</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>CURRENT: choose the assessments layer to compare</source>
        <translation>CURRENT : choisissez la couche d&apos;évaluations à comparer</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>SNAPSHOT: snapshots are kept in the GeoPackage the assessments were loaded into; CURRENT is not a whole layer of a GeoPackage. Choose that layer as CURRENT, or give an EARLIER layer.</source>
        <translation>SNAPSHOT : les instantanés sont conservés dans le GeoPackage où les évaluations ont été chargées ; CURRENT n&apos;est pas une couche entière d&apos;un GeoPackage. Choisissez cette couche comme CURRENT, ou indiquez une couche EARLIER.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Comparing {layer} with the snapshot of {snapshot}</source>
        <translation>Comparaison de {layer} avec l&apos;instantané du {snapshot}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compare assessments (changes since an earlier load)</source>
        <translation>Comparer les évaluations (changements depuis un chargement antérieur)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compares the CURRENT assessments with an earlier load: the EARLIER layer when given, else the SNAPSHOT kept in CURRENT&apos;s GeoPackage (every load of assessments keeps one). SNAPSHOT: &apos;previous&apos; (the load before the current one), &apos;latest&apos;, &apos;oldest&apos;, a snapshot id such as 20261102T101500, or a day (YYYY-MM-DD: the last snapshot taken that day or before). Producers are matched by collection_id, else by company, commodity and country. OUTPUT holds one point per change: new, gone, worse or better (by risk_rank), or &apos;changed&apos; (same status; NC plots, NC % or Article 10 risk moved), with the values before and after; worse in red, better in green. SUMMARY is one line; WORSE, BETTER, NEW, GONE and CHANGED are counts, for a model or a scheduled qgis_process run. No network.</source>
        <translation>Compare les évaluations CURRENT avec un chargement antérieur : la couche EARLIER si elle est fournie, sinon l&apos;instantané SNAPSHOT conservé dans le GeoPackage de CURRENT (chaque chargement d&apos;évaluations en conserve un). SNAPSHOT : « previous » (le chargement précédent), « latest », « oldest », un identifiant d&apos;instantané comme 20261102T101500, ou un jour (AAAA-MM-JJ : le dernier instantané pris ce jour-là ou avant). Les producteurs sont appariés par collection_id, sinon par entreprise, produit de base et pays. OUTPUT contient un point par changement : nouveau, disparu, dégradé ou amélioré (selon risk_rank), ou « changed » (même statut ; parcelles NC, % NC ou risque article 10 modifiés), avec les valeurs avant et après ; dégradé en rouge, amélioré en vert. SUMMARY tient en une ligne ; WORSE, BETTER, NEW, GONE et CHANGED sont des effectifs, pour un modèle ou une exécution planifiée de qgis_process. Sans réseau.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Current assessments</source>
        <translation>Évaluations actuelles</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier assessments (layer)</source>
        <translation>Évaluations antérieures (couche)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier snapshot, when no EARLIER layer (previous, latest, oldest, an id or a day)</source>
        <translation>Instantané antérieur, sans couche EARLIER (previous, latest, oldest, un identifiant ou un jour)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Include unchanged producers</source>
        <translation>Inclure les producteurs inchangés</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Headline (producers worse since ...)</source>
        <translation>Titre (producteurs en dégradation depuis ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compared with</source>
        <translation>Comparé avec</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Every count (JSON)</source>
        <translation>Tous les effectifs (JSON)</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Production (epoch-sco2-api.com)</source>
        <translation>Production (epoch-sco2-api.com)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sandbox (local, synthetic results)</source>
        <translation>Bac à sable (local, résultats synthétiques)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Custom URL</source>
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sign in with {login} / {password}.</source>
        <translation>Connectez-vous avec {login} / {password}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login (stored in the QGIS authentication database)</source>
        <translation>Connexion (base d&apos;authentification QGIS)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email and password</source>
        <translation>E-mail et mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key and user id</source>
        <translation>Clé API et identifiant</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Save as new login</source>
        <translation>Enregistrer comme nouvelle connexion</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>User id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login saved as QGIS authentication configuration {authcfg}.</source>
        <translation>Connexion enregistrée comme configuration d&apos;authentification QGIS {authcfg}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connecting to {url} ...</source>
        <translation>Connexion à {url} ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connected to {url} as {identity}.</source>
        <translation>Connecté à {url} en tant que {identity}.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Not signed in: add Epoch credentials first.</source>
        <translation>Non connecté : ajoutez d&apos;abord des identifiants Epoch.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The secure connection to {host} failed (certificate not trusted?). Check the server address, or set the CA bundle your organisation uses.</source>
        <translation>La connexion sécurisée à {host} a échoué (certificat non reconnu ?). Vérifiez l&apos;adresse du serveur, ou indiquez le paquet d&apos;autorités de certification de votre organisation.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The proxy refused the connection to {host}: check QGIS&apos;s proxy settings.</source>
        <translation>Le proxy a refusé la connexion à {host} : vérifiez les paramètres de proxy de QGIS.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{host} did not answer {path} within {seconds} s. Try again later, or send fewer locations at once.</source>
        <translation>{host} n&apos;a pas répondu à {path} en {seconds} s. Réessayez plus tard, ou envoyez moins de localisations à la fois.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Could not reach {host} ({error}) after {tries} tries. Check your internet connection and the server address.</source>
        <translation>Impossible de joindre {host} ({error}) après {tries} tentatives. Vérifiez votre connexion Internet et l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The request to {host} for {path} failed ({error}). Check the server address and try again.</source>
        <translation>La requête à {host} pour {path} a échoué ({error}). Vérifiez l&apos;adresse du serveur et réessayez.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{host} did not answer {path} within {seconds} s (the overall limit for one request, set by EPOCH_REQUEST_DEADLINE_S): stopped waiting. Try again later.</source>
        <translation>{host} n&apos;a pas répondu à {path} en {seconds} s (la limite globale d&apos;une requête, fixée par EPOCH_REQUEST_DEADLINE_S) : attente interrompue. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the credentials (expired or wrong). Sign in again in the Connection tab{suffix}</source>
        <translation>Epoch a refusé les identifiants (expirés ou erronés). Reconnectez-vous dans l&apos;onglet Connexion{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>This account is not allowed to use {path}{suffix}</source>
        <translation>Ce compte n&apos;est pas autorisé à utiliser {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch is limiting requests from this account; try again in a few minutes{suffix}</source>
        <translation>Epoch limite les requêtes de ce compte ; réessayez dans quelques minutes{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch is limiting requests from this account; try again in {seconds} s{suffix}</source>
        <translation>Epoch limite les requêtes de ce compte ; réessayez dans {seconds} s{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The Epoch server failed on {path} (HTTP {status}); try again later{suffix}</source>
        <translation>Le serveur Epoch a échoué sur {path} (HTTP {status}) ; réessayez plus tard{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the request to {path}{suffix}</source>
        <translation>Epoch a refusé la requête à {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the request to {path} (no reason given)</source>
        <translation>Epoch a refusé la requête à {path} (sans motif)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Unexpected answer HTTP {status} from {path}{suffix}</source>
        <translation>Réponse HTTP {status} inattendue de {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Nothing to submit: select at least one screened location</source>
        <translation>Rien à soumettre : sélectionnez au moins une localisation analysée</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Give the collection a name before submitting</source>
        <translation>Donnez un nom à la collection avant de la soumettre</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No collection id: pick an assessed producer first</source>
        <translation>Aucun identifiant de collection : choisissez d&apos;abord un producteur évalué</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No collection to export: pick an assessed producer</source>
        <translation>Aucune collection à exporter : choisissez un producteur évalué</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{name}: only GeoJSON, CSV or XLSX files can be screened</source>
        <translation>{name} : seuls les fichiers GeoJSON, CSV ou XLSX peuvent être analysés</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{name}: {text} is not a date; give it as YYYY-MM-DD (for example {example})</source>
        <translation>{name} : {text} n&apos;est pas une date ; indiquez-la au format AAAA-MM-JJ (par exemple {example})</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{end_name} ({last}) is before {start_name} ({first}): the monitoring window must end on or after its start</source>
        <translation>{end_name} ({last}) est antérieur à {start_name} ({first}) : la période de suivi doit se terminer à sa date de début ou après</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; is not a server address: use a full URL such as {example}</source>
        <translation>« {text} » n&apos;est pas une adresse de serveur : utilisez une URL complète comme {example}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; uses plain http: credentials would travel unencrypted. Use https (plain http is only allowed for a server on this machine, such as the sandbox).</source>
        <translation>« {text} » utilise http simple : les identifiants circuleraient en clair. Utilisez https (http simple n&apos;est autorisé que pour un serveur sur cette machine, comme le bac à sable).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; must not contain &apos;?&apos; or &apos;#&apos;: give only the server address</source>
        <translation>« {text} » ne doit contenir ni « ? » ni « # » : indiquez seulement l&apos;adresse du serveur</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The commodity radius must be a number of metres above 0 and at most 100,000 (not {value}); leave it empty for Epoch&apos;s default of 5,000 m.</source>
        <translation>Le rayon du produit de base doit être un nombre de mètres supérieur à 0 et d&apos;au plus 100 000 (et non {value}) ; laissez-le vide pour la valeur par défaut d&apos;Epoch, 5 000 m.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No geometry: draw the plot or give its location.</source>
        <translation>Aucune géométrie : dessinez la parcelle ou indiquez sa localisation.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The geometry is empty: draw the plot again.</source>
        <translation>La géométrie est vide : redessinez la parcelle.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{kind} is not accepted: only Point, MultiPoint, Polygon, MultiPolygon and a GeometryCollection of these.</source>
        <translation>{kind} n&apos;est pas accepté : seulement Point, MultiPoint, Polygon, MultiPolygon et une GeometryCollection de ceux-ci.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Coordinates outside longitude -180..180 / latitude -90..90: the layer is not in EPSG:4326 or longitude and latitude are swapped.</source>
        <translation>Coordonnées hors de longitude -180..180 / latitude -90..90 : la couche n&apos;est pas en EPSG:4326 ou la longitude et la latitude sont inversées.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Has {what} values; the EU file is 2D (they are dropped).</source>
        <translation>Contient des valeurs {what} ; le fichier UE est en 2D (elles sont supprimées).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{share:.0%} of the coordinates have fewer than 6 decimals (the EU asks for 6).</source>
        <translation>{share:.0%} des coordonnées ont moins de 6 décimales (l&apos;UE en demande 6).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} vertices collapse into their neighbour when cut to 6 decimals{after}.</source>
        <translation>{count} sommets se confondent avec leur voisin une fois tronqués à 6 décimales{after}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The outline crosses itself ({reason}); fix it or apply &apos;make valid&apos;.</source>
        <translation>Le contour se recoupe ({reason}) ; corrigez-le ou appliquez « réparer les géométries ».</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Invalid geometry: {reason}.</source>
        <translation>Géométrie invalide : {reason}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>A ring has fewer than 4 positions (or is collinear): not a polygon.</source>
        <translation>Un anneau a moins de 4 positions (ou est colinéaire) : ce n&apos;est pas un polygone.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Holes in the plot: {count}; the EU reads only the outer ring: split the plot around each hole.</source>
        <translation>Trous dans la parcelle : {count} ; l&apos;UE ne lit que l&apos;anneau extérieur : découpez la parcelle autour de chaque trou.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} separate polygons in one feature: the EU expects one polygon per plot.</source>
        <translation>{count} polygones distincts dans une entité : l&apos;UE attend un polygone par parcelle.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: a point stands for a plot of at most 4 ha, but Area is {area} ha: draw the plot as a polygon.</source>
        <translation>{feature} : un point représente une parcelle de 4 ha au plus, mais Area vaut {area} ha : dessinez la parcelle comme un polygone.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: a point without Area is taken as 4 ha{hint}: give its Area in hectares.</source>
        <translation>{feature} : un point sans Area est compté pour 4 ha{hint} : indiquez son Area en hectares.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area is the text {value!r}; the EU reads text as 0: make it a number.</source>
        <translation>{feature} : Area est le texte {value!r} ; l&apos;UE lit un texte comme 0 : saisissez un nombre.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area {area} ha is below the EU minimum of 0.0001 ha.</source>
        <translation>{feature} : Area de {area} ha est inférieure au minimum UE de 0,0001 ha.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area says {declared} ha but the plot drawn measures {measured} ha: correct the Area or the outline.</source>
        <translation>{feature} : Area indique {declared} ha, mais la parcelle dessinée mesure {measured} ha : corrigez Area ou le contour.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat} is beyond 90, so &apos;{lat_field}&apos; and &apos;{lon_field}&apos; look swapped: read as longitude {lon_read}, latitude {lat_read}.</source>
        <translation>La latitude {lat} dépasse 90 : « {lat_field} » et « {lon_field} » semblent inversés ; lecture : longitude {lon_read}, latitude {lat_read}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry {problem}: give the ISO 3166-1 alpha-2 code.</source>
        <translation>ProducerCountry {problem} : indiquez le code ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry is {given} but the plot lies in {found}.</source>
        <translation>ProducerCountry vaut {given} mais la parcelle se situe en {found}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{area:,.0f} ha is over Epoch&apos;s API limit of 100,000 ha per plot (the EU sets no area limit: the TRACES export accepts it).</source>
        <translation>{area:,.0f} ha dépasse la limite de l&apos;API Epoch de 100 000 ha par parcelle (l&apos;UE ne fixe pas de limite de surface : l&apos;export TRACES l&apos;accepte).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>A ring&apos;s last position is not its first: the EU system refuses the file as uploaded (QGIS and GDAL close it silently on reading).</source>
        <translation>La dernière position d&apos;un anneau n&apos;est pas la première : le système de l&apos;UE refuse le fichier tel quel (QGIS et GDAL le ferment silencieusement à la lecture).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The Point&apos;s coordinates are written [[x, y]]; the EU expects one position [x, y] (QGIS reads it anyway, the EU system does not).</source>
        <translation>Les coordonnées du point sont écrites [[x, y]] ; l&apos;UE attend une seule position [x, y] (QGIS le lit quand même, le système de l&apos;UE non).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The property {given!r} is ignored by the EU system: its name is {proper!r} (names are case-sensitive).</source>
        <translation>La propriété {given!r} est ignorée par le système de l&apos;UE : son nom est {proper!r} (les noms sont sensibles à la casse).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry {given!r} is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>ProducerCountry {given!r} n&apos;est pas un code pays ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The plot lies in no country: are longitude and latitude swapped, or is it at sea?</source>
        <translation>La parcelle ne se situe dans aucun pays : la longitude et la latitude sont-elles inversées, ou est-elle en mer ?</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Same geometry as feature {other}: the same plot twice?</source>
        <translation>Même géométrie que l&apos;entité {other} : la même parcelle deux fois ?</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat:.2f} is outside the viable range for {commodity}.</source>
        <translation>La latitude {lat:.2f} est hors de la zone de culture viable pour {commodity}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat:.2f} is beyond where {commodity} is grown.</source>
        <translation>La latitude {lat:.2f} est au-delà des zones où {commodity} est cultivé.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{country} is not a known {commodity}-producing country.</source>
        <translation>{country} n&apos;est pas un pays producteur connu de {commodity}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{country} is {risk} risk in the EU country benchmarking (Implementing Regulation (EU) 2025/1093): competent authorities check at least {share} % of its operators.</source>
        <translation>{country} est classé à risque {risk} dans la classification des pays de l&apos;UE (règlement d&apos;exécution (UE) 2025/1093) : les autorités compétentes contrôlent au moins {share} % de ses opérateurs.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>, which makes it invalid ({reason})</source>
        <translation>, ce qui rend la géométrie invalide ({reason})</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source> (the field {name} is ignored: the EU reads only &apos;Area&apos;)</source>
        <translation> (le champ {name} est ignoré : l&apos;UE ne lit que « Area »)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{value} is not a two-letter code</source>
        <translation>{value} n&apos;est pas un code à deux lettres</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>High Risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Medium Risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Not Assessable</source>
        <translation>Non évaluable</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Non-Compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Data Error</source>
        <translation>Erreur de données</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment</source>
        <translation>{n} évaluation de producteur</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments</source>
        <translation>{n} évaluations de producteurs</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot</source>
        <translation>{n} parcelle</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots</source>
        <translation>{n} parcelles</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility</source>
        <translation>{n} site</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities</source>
        <translation>{n} sites</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} feature</source>
        <translation>{n} entité</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features</source>
        <translation>{n} entités</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} supply-shed outline</source>
        <translation>{n} contour de bassin d&apos;approvisionnement</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} supply-shed outlines</source>
        <translation>{n} contours de bassins d&apos;approvisionnement</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} checked facility</source>
        <translation>{n} site vérifié</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} checked facilities</source>
        <translation>{n} sites vérifiés</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} legality source</source>
        <translation>{n} source de légalité</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} legality sources</source>
        <translation>{n} sources de légalité</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} {status}</source>
        <translation>{status} : {count}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot screened</source>
        <translation>{n} parcelle analysée</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots screened</source>
        <translation>{n} parcelles analysées</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot screened: {statuses}</source>
        <translation>{n} parcelle analysée : {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots screened: {statuses}</source>
        <translation>{n} parcelles analysées : {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility screened</source>
        <translation>{n} site analysé</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities screened</source>
        <translation>{n} sites analysés</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility screened: {statuses}</source>
        <translation>{n} site analysé : {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities screened: {statuses}</source>
        <translation>{n} sites analysés : {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment loaded</source>
        <translation>{n} évaluation de producteur chargée</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments loaded</source>
        <translation>{n} évaluations de producteurs chargées</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment loaded: {statuses}</source>
        <translation>{n} évaluation de producteur chargée : {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments loaded: {statuses}</source>
        <translation>{n} évaluations de producteurs chargées : {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot loaded</source>
        <translation>{n} parcelle chargée</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots loaded</source>
        <translation>{n} parcelles chargées</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot loaded: {statuses}</source>
        <translation>{n} parcelle chargée : {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots loaded: {statuses}</source>
        <translation>{n} parcelles chargées : {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Include deforestation</source>
        <translation>Inclure la déforestation</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Article 10 legality check</source>
        <translation>Contrôle de légalité (article 10)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check road access</source>
        <translation>Vérifier l&apos;accès routier</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check water access</source>
        <translation>Vérifier l&apos;accès à l&apos;eau</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check port proximity</source>
        <translation>Vérifier la proximité d&apos;un port</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Legality sources (Article 10)</source>
        <translation>Sources de légalité (article 10)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cocoa</source>
        <translation>Cacao</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Palm</source>
        <translation>Palmier à huile</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Rubber</source>
        <translation>Caoutchouc</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Soy</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Timber</source>
        <translation>Bois</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cattle</source>
        <translation>Bovins</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>no geometry: draw the plot or give its location</source>
        <translation>une géométrie nulle : dessinez la parcelle ou indiquez sa localisation</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an empty geometry: draw the plot again</source>
        <translation>une géométrie vide : redessinez la parcelle</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a geometry type the EU does not accept (only points and polygons)</source>
        <translation>un type de géométrie que l&apos;UE n&apos;accepte pas (seulement points et polygones)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>coordinates outside longitude/latitude: not EPSG:4326, or longitude and latitude swapped</source>
        <translation>des coordonnées hors longitude/latitude : pas en EPSG:4326, ou longitude et latitude inversées</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Z or M values: the EU file is 2D (they are dropped)</source>
        <translation>des valeurs Z ou M : le fichier UE est en 2D (elles sont supprimées)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>coordinates with fewer than the 6 decimals the EU asks for</source>
        <translation>des coordonnées de moins de 6 décimales (l&apos;UE en demande 6)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>vertices that collapse when cut to 6 decimals</source>
        <translation>des sommets qui se confondent une fois tronqués à 6 décimales</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an outline that crosses itself: fix it or apply &apos;make valid&apos;</source>
        <translation>un contour qui se recoupe : corrigez-le ou appliquez « réparer les géométries »</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an invalid geometry</source>
        <translation>une géométrie invalide</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ring with fewer than 4 positions: not a polygon</source>
        <translation>un anneau de moins de 4 positions : ce n&apos;est pas un polygone</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>holes: the EU reads only the outer ring</source>
        <translation>des trous : l&apos;UE ne lit que l&apos;anneau extérieur</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>several polygons in one feature: the EU expects one polygon per plot</source>
        <translation>plusieurs polygones : l&apos;UE attend un polygone par parcelle</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point for a plot over 4 ha: draw it as a polygon</source>
        <translation>un point pour une parcelle de plus de 4 ha : dessinez-la comme un polygone</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point without Area, taken as 4 ha: give its Area in hectares</source>
        <translation>un point sans Area, compté pour 4 ha : indiquez son Area en hectares</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area that is text, which the EU reads as 0: make it a number</source>
        <translation>une Area en texte, que l&apos;UE lit comme 0 : saisissez un nombre</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area below the EU minimum of 0.0001 ha</source>
        <translation>une Area inférieure au minimum UE de 0,0001 ha</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area that differs from the plot drawn</source>
        <translation>une Area différente de la parcelle dessinée</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>latitude and longitude columns that look swapped</source>
        <translation>des colonnes latitude et longitude qui semblent inversées</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>no ISO 3166-1 alpha-2 ProducerCountry</source>
        <translation>un ProducerCountry ISO 3166-1 alpha-2 manquant</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ProducerCountry other than the country the plot lies in</source>
        <translation>un ProducerCountry autre que le pays où se situe la parcelle</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a plot over Epoch&apos;s limit of 100,000 ha</source>
        <translation>une parcelle au-delà de la limite d&apos;Epoch de 100 000 ha</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ring that is not closed: the EU system refuses the file</source>
        <translation>un anneau non fermé : le système de l&apos;UE refuse le fichier</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point written [[x, y]]: the EU system expects [x, y]</source>
        <translation>un point écrit [[x, y]] : le système de l&apos;UE attend [x, y]</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a property the EU system ignores because of its upper/lower case</source>
        <translation>une propriété que le système de l&apos;UE ignore à cause de sa casse</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ProducerCountry that is not an ISO 3166-1 alpha-2 code</source>
        <translation>un ProducerCountry qui n&apos;est pas un code ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a plot that lies in no country (swapped coordinates, or at sea?)</source>
        <translation>une parcelle hors de tout pays (coordonnées inversées, ou en mer ?)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>the same geometry as another feature</source>
        <translation>la même géométrie qu&apos;une autre entité</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a latitude outside the viable range for the commodity</source>
        <translation>une latitude hors de la zone de culture viable du produit de base</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a latitude beyond where the commodity is grown</source>
        <translation>une latitude au-delà des zones où le produit de base est cultivé</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a country not known to produce the commodity</source>
        <translation>un pays qui n&apos;est pas connu comme producteur du produit de base</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a country of standard or high risk in the EU benchmarking (checked more often)</source>
        <translation>un pays à risque standard ou élevé dans la classification de l&apos;UE (contrôlé plus souvent)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>1 feature with {issue}</source>
        <translation>1 entité avec {issue}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features with {issue}</source>
        <translation>{n} entités avec {issue}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>1 feature would be refused by the EU system: fix it before the upload.</source>
        <translation>1 entité serait refusée par le système de l&apos;UE : corrigez-la avant l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features would be refused by the EU system: fix them before the upload.</source>
        <translation>{n} entités seraient refusées par le système de l&apos;UE : corrigez-les avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>{count} hole(s): the EU reads only the outer ring; split the plot around each hole.</source>
        <translation type="obsolete">{count} trou(s) : l&apos;UE ne lit que l&apos;anneau extérieur ; découpez la parcelle autour de chaque trou.</translation>
    </message>
    <message>
        <source>{count} screened</source>
        <translation type="obsolete">Analyse de {count} terminée</translation>
    </message>
    <message>
        <source>{count} loaded</source>
        <translation type="obsolete">Chargement de {count} terminé</translation>
    </message>
</context>
<context>
    <name>Dock</name>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Screening</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>EU Information System: due diligence statements and the verify register</source>
        <translation>Système d&apos;information de l&apos;UE : déclarations de diligence raisonnée et registre de vérification</translation>
    </message>
</context>
<context>
    <name>DownloadDds</name>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>ZIP files</source>
        <translation>Fichiers ZIP</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>{path}: {files} files, {size} bytes</source>
        <translation>{path} : {files} fichiers, {size} octets</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>&apos;{producer}&apos; (collection {id}) is Not Assessable ({reason}): it has no DDS to export; nothing was downloaded. Leave it out of COLLECTION_IDS.</source>
        <translation>« {producer} » (collection {id}) est non évaluable ({reason}) : il n&apos;a pas de DDR à exporter ; rien n&apos;a été téléchargé. Retirez-le de COLLECTION_IDS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Download Due Diligence Statement (ZIP)</source>
        <translation>Télécharger la déclaration de diligence raisonnée (ZIP)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Downloads the DDS package of one or more collections (comma-separated ids). The file is written only once complete and verified; an existing file is kept if anything fails. A collection the server does not know, or a Not Assessable one (it has no DDS), is refused before anything is downloaded.</source>
        <translation>Télécharge le dossier de déclaration de diligence raisonnée (DDR) d&apos;une ou plusieurs collections (identifiants séparés par des virgules). Le fichier n&apos;est écrit qu&apos;une fois complet et vérifié ; un fichier existant est conservé en cas d&apos;échec. Une collection inconnue du serveur, ou non évaluable (elle n&apos;a pas de DDR), est refusée avant tout téléchargement.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Collection ids (comma-separated)</source>
        <translation>Identifiants de collection (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>DDS ZIP</source>
        <translation>ZIP de la DDR</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Files in the ZIP</source>
        <translation>Fichiers du ZIP</translation>
    </message>
</context>
<context>
    <name>EpochAlgorithm</name>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Epoch API</source>
        <translation>API Epoch</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Server URL. Empty: $EPOCH_API_URL if set, else the production API.</source>
        <translation>URL du serveur. Vide : $EPOCH_API_URL si défini, sinon l&apos;API de production.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>QGIS authentication configuration (Basic: email + password, or user id + API key). Empty: EPOCH_EMAIL/EPOCH_PASSWORD or EPOCH_API_KEY/EPOCH_USER_ID from the environment.</source>
        <translation>Configuration d&apos;authentification QGIS (Basic : e-mail + mot de passe, ou identifiant + clé API). Vide : EPOCH_EMAIL/EPOCH_PASSWORD ou EPOCH_API_KEY/EPOCH_USER_ID de l&apos;environnement.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Could not write the output: {error}</source>
        <translation>Impossible d&apos;écrire la sortie : {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>No collection &apos;{id}&apos; on {server}: no producer assessment has this id (a typo, another account or server, or a batch not processed yet). Run epoch_eudr:fetch_assessments and copy the id from its collection_id column.</source>
        <translation>Aucune collection « {id} » sur {server} : aucune évaluation de producteur n&apos;a cet identifiant (faute de frappe, autre compte ou serveur, ou lot pas encore traité). Lancez epoch_eudr:fetch_assessments et copiez l&apos;identifiant depuis sa colonne collection_id.</translation>
    </message>
</context>
<context>
    <name>EuAlgorithm</name>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>EU Information System</source>
        <translation>Système d&apos;information de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>acceptance (the Commission&apos;s test system, the default) or production: statements sent to production are legal declarations.</source>
        <translation>acceptance (le système de test de la Commission, par défaut) ou production : les déclarations envoyées en production sont des déclarations juridiques.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Server address (empty: the environment&apos;s)</source>
        <translation>Adresse du serveur (vide : celle de l&apos;environnement)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Empty: the environment&apos;s own address. A URL for tests (the fake service on this machine).</source>
        <translation>Vide : l&apos;adresse propre de l&apos;environnement. Une URL pour les tests (le service factice sur cette machine).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>EU Information System login</source>
        <translation>Connexion au système d&apos;information de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>QGIS authentication configuration, Basic method: the username and, as password, the authentication key (EU Login profile, Web Services Access). Empty: {user} and {key} from the environment.</source>
        <translation>Configuration d&apos;authentification QGIS, méthode Basic : le nom d&apos;utilisateur et, comme mot de passe, la clé d&apos;authentification (profil EU Login, accès aux services web). Vide : {user} et {key} de l&apos;environnement.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Statement UUID</source>
        <translation>UUID de la déclaration</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Verification number</source>
        <translation>Numéro de vérification</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: AVAILABLE, reference number {reference}, verification number {verification}.</source>
        <translation>{name} : AVAILABLE, numéro de référence {reference}, numéro de vérification {verification}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: REJECTED by the EU Information System: {reasons}</source>
        <translation>{name} : REJECTED par le système d&apos;information de l&apos;UE : {reasons}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: SUBMITTED as {uuid}; not settled yet: check again with epoch_eudr:eu_dds_status.</source>
        <translation>{name} : SUBMITTED sous {uuid} ; pas encore traitée : vérifiez à nouveau avec epoch_eudr:eu_dds_status.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: SUBMITTED as {uuid}. The Commission asks for 30 minutes before the first status check: the plugin checks it then (or run epoch_eudr:eu_dds_status).</source>
        <translation>{name} : SUBMITTED sous {uuid}. La Commission demande d&apos;attendre 30 minutes avant la première vérification du statut : l&apos;extension la vérifie alors (ou lancez epoch_eudr:eu_dds_status).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: the answer was lost; it was not sent again. epoch_eudr:eu_dds_status looks it up by its internal reference.</source>
        <translation>{name} : la réponse a été perdue ; la déclaration n&apos;a pas été renvoyée. epoch_eudr:eu_dds_status la retrouve par sa référence interne.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: the EU Information System never received it; submit it again.</source>
        <translation>{name} : le système d&apos;information de l&apos;UE ne l&apos;a jamais reçue ; soumettez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: {status}.</source>
        <translation>{name} : {status}.</translation>
    </message>
</context>
<context>
    <name>EuAmend</name>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The places this statement declared were not read from a GeoPackage, so they were not recorded: choose the layer of production places.</source>
        <translation>Les lieux de production de cette déclaration n&apos;ont pas été lus depuis un GeoPackage, ils n&apos;ont donc pas été enregistrés : choisissez la couche des lieux de production.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Production places: {table} of {path}, as declared.</source>
        <translation>Lieux de production : {table} de {path}, tels que déclarés.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Production places: {table} of {path}, as declared (added to the project).</source>
        <translation>Lieux de production : {table} de {path}, tels que déclarés (ajoutés au projet).</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The statement declared the production places of the layer {table} in {path}, which cannot be opened (moved, renamed or deleted?): load that layer, or choose the layer of production places.</source>
        <translation>La déclaration portait sur les lieux de production de la couche {table} dans {path}, un fichier qui ne peut pas être ouvert (déplacé, renommé ou supprimé ?) : chargez cette couche, ou choisissez la couche des lieux de production.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Amend the statement {name}</source>
        <translation>Modifier la déclaration {name}</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The statement&apos;s new content replaces what was sent; its reference and verification numbers stay. Choose the production places and change what needs changing.</source>
        <translation>Le nouveau contenu de la déclaration remplace ce qui a été envoyé ; ses numéros de référence et de vérification restent les mêmes. Choisissez les lieux de production et modifiez ce qui doit l&apos;être.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>An amendment cannot change the activity.</source>
        <translation>Une modification ne peut pas changer l&apos;activité.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Amend</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>EuAmendDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Amend a due diligence statement (EU Information System)</source>
        <translation>Modifier une déclaration de diligence raisonnée (système d&apos;information de l&apos;UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Replaces the content of a statement submitted earlier (UUID) with a new one built from the same parameters as epoch_eudr:eu_submit_dds: the production places, the commodity line, the operator. The statement keeps its reference number, verification number and internal reference. Only an AVAILABLE statement, within 72 hours of its submission, and with the same activity: otherwise it is refused before anything is sent. Everything the service would refuse in the new content is refused first too. What was sent is kept in the profile and, for a GeoPackage layer, beside the plots.</source>
        <translation>Remplace le contenu d&apos;une déclaration soumise auparavant (UUID) par un nouveau contenu construit à partir des mêmes paramètres que epoch_eudr:eu_submit_dds : les lieux de production, la ligne de produit de base, l&apos;opérateur. La déclaration garde son numéro de référence, son numéro de vérification et sa référence interne. Seulement une déclaration AVAILABLE, dans les 72 heures suivant sa soumission, et avec la même activité : sinon elle est refusée avant tout envoi. Tout ce que le service refuserait dans le nouveau contenu est aussi refusé d&apos;abord. Ce qui a été envoyé est conservé dans le profil et, pour une couche GeoPackage, à côté des parcelles.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>UUID of the statement to amend</source>
        <translation>UUID de la déclaration à modifier</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Give the UUID of the statement to amend.</source>
        <translation>Indiquez l&apos;UUID de la déclaration à modifier.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>{name}: amended; reference number {reference}, status {status}.</source>
        <translation>{name} : modifiée ; numéro de référence {reference}, statut {status}.</translation>
    </message>
</context>
<context>
    <name>EuCommon</name>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Save the EU Information System username and authentication key first (or set {user} and {key} in the environment).</source>
        <translation>Enregistrez d&apos;abord le nom d&apos;utilisateur et la clé d&apos;authentification du système d&apos;information de l&apos;UE (ou définissez {user} et {key} dans l&apos;environnement).</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{task} failed. {reason}</source>
        <translation>{task} : échec. {reason}</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Answer lost</source>
        <translation>Réponse perdue</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Never received</source>
        <translation>Jamais reçue</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Grouped</source>
        <translation>Groupée</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Obsolete</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: available, reference number {reference}, verification number {verification}.</source>
        <translation>{name} : disponible, numéro de référence {reference}, numéro de vérification {verification}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: rejected by the EU Information System: {reasons}</source>
        <translation>{name} : rejetée par le système d&apos;information de l&apos;UE : {reasons}</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: submitted, not settled yet; next check at {time}.</source>
        <translation>{name} : soumise, pas encore traitée ; prochaine vérification : {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: its answer was lost; it was not sent again. Check now looks it up by its internal reference.</source>
        <translation>{name} : sa réponse a été perdue ; elle n&apos;a pas été renvoyée. « Vérifier » la retrouve par sa référence interne.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: the EU Information System never received it; submit it again.</source>
        <translation>{name} : le système d&apos;information de l&apos;UE ne l&apos;a jamais reçue ; soumettez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: {status}.</source>
        <translation>{name} : {status}.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="obsolete">Production</translation>
    </message>
    <message>
        <source>Acceptance (test system)</source>
        <translation type="obsolete">Acceptation (système de test)</translation>
    </message>
</context>
<context>
    <name>EuConnectionBox</name>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connection to the EU Information System</source>
        <translation>Connexion au système d&apos;information de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>empty: the environment&apos;s address</source>
        <translation>vide : l&apos;adresse de l&apos;environnement</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Leave empty to use the environment&apos;s own address. A local address (http://127.0.0.1:...) reaches the fake service for training.</source>
        <translation>Laissez vide pour utiliser l&apos;adresse propre à l&apos;environnement. Une adresse locale (http://127.0.0.1:...) mène au service simulé, pour la formation.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Production: every statement submitted is a legal declaration to the EU. Try everything on acceptance first.</source>
        <translation>Production : chaque déclaration soumise engage juridiquement auprès de l&apos;UE. Essayez tout d&apos;abord en acceptation.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Saved login (QGIS authentication database)</source>
        <translation>Identifiants enregistrés (authentification QGIS)</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>EU Login profile &gt; Web Services Access: the authentication key of this environment.</source>
        <translation>Profil EU Login &gt; Web Services Access : la clé d&apos;authentification de cet environnement.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Authentication key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Save login</source>
        <translation>Enregistrer les identifiants</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Kept in the QGIS authentication database (Basic method), never in settings or projects.</source>
        <translation>Conservés dans la base d&apos;authentification de QGIS (méthode Basic), jamais dans les paramètres ni les projets.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>EU system: {username}</source>
        <translation>Système UE : {username}</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Login saved in the QGIS authentication database ({authcfg}).</source>
        <translation>Identifiants enregistrés dans la base d&apos;authentification de QGIS ({authcfg}).</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connecting to {host} ...</source>
        <translation>Connexion à {host} ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connected to the EU Information System ({environment}, {host}): the service answered {answer}.</source>
        <translation>Connecté au système d&apos;information de l&apos;UE ({environment}, {host}) : le service a répondu {answer}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Test the EU Information System connection</source>
        <translation>Test de la connexion au système d&apos;information de l&apos;UE</translation>
    </message>
</context>
<context>
    <name>EuCredentials</name>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Enter both the EU Information System username and its authentication key.</source>
        <translation>Saisissez le nom d&apos;utilisateur du système d&apos;information de l&apos;UE et sa clé d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>QGIS could not store the EU Information System credentials (is the master password set?).</source>
        <translation>QGIS n&apos;a pas pu enregistrer les identifiants du système d&apos;information de l&apos;UE (le mot de passe principal est-il défini ?).</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{authcfg}&apos; was not found or could not be decrypted (check the QGIS master password).</source>
        <translation>La configuration d&apos;authentification « {authcfg} » est introuvable ou n&apos;a pas pu être déchiffrée (vérifiez le mot de passe principal de QGIS).</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{name}&apos; uses the {method} method; the EU Information System needs a Basic configuration: the username and, as password, the authentication key.</source>
        <translation>La configuration d&apos;authentification « {name} » utilise la méthode {method} ; le système d&apos;information de l&apos;UE requiert une configuration Basic : le nom d&apos;utilisateur et, comme mot de passe, la clé d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{name}&apos; has an empty username or authentication key.</source>
        <translation>La configuration d&apos;authentification « {name} » a un nom d&apos;utilisateur ou une clé d&apos;authentification vide.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>No EU Information System login: give an authentication configuration (AUTHCFG: Basic, the username and the authentication key as password), or set {missing} in the environment.</source>
        <translation>Aucune connexion au système d&apos;information de l&apos;UE : indiquez une configuration d&apos;authentification (AUTHCFG : Basic, le nom d&apos;utilisateur et la clé d&apos;authentification comme mot de passe), ou définissez {missing} dans l&apos;environnement.</translation>
    </message>
</context>
<context>
    <name>EuDdsStatus</name>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Status of due diligence statements (EU Information System)</source>
        <translation>Statut des déclarations de diligence raisonnée (système d&apos;information de l&apos;UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Asks the EU Information System where statements stand: the one with this UUID, those with this INTERNAL_REFERENCE, or (both empty) every statement submitted from this QGIS profile that is not settled yet and due a check (the Commission asks for 30 minutes before the first). AVAILABLE gives the reference and verification numbers, REJECTED the service&apos;s reasons (REASONS); both are kept in the profile and beside the plots.</source>
        <translation>Demande au système d&apos;information de l&apos;UE où en sont les déclarations : celle qui a cet UUID, celles qui ont cette INTERNAL_REFERENCE, ou (les deux vides) toutes les déclarations soumises depuis ce profil QGIS qui ne sont pas encore traitées et dont la vérification est due (la Commission demande d&apos;attendre 30 minutes avant la première). AVAILABLE donne les numéros de référence et de vérification, REJECTED les motifs du service (REASONS) ; les deux sont conservés dans le profil et à côté des parcelles.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Statement UUID</source>
        <translation>UUID de la déclaration</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Internal reference</source>
        <translation>Référence interne</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Wait for the result (seconds)</source>
        <translation>Attendre le résultat (secondes)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Reasons (REJECTED)</source>
        <translation>Motifs (REJECTED)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>No statement with the internal reference &apos;{reference}&apos;.</source>
        <translation>Aucune déclaration avec la référence interne « {reference} ».</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>{name}: SUBMITTED; its next check is due at {time} (UTC).</source>
        <translation>{name} : SUBMITTED ; prochaine vérification prévue à {time} (UTC).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>No statement of this profile is waiting for the EU Information System.</source>
        <translation>Aucune déclaration de ce profil n&apos;attend le système d&apos;information de l&apos;UE.</translation>
    </message>
</context>
<context>
    <name>EuHeadings</name>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Live cattle, pure-bred breeding animals</source>
        <translation>Animaux vivants de l&apos;espèce bovine, reproducteurs de race pure</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Live cattle, other</source>
        <translation>Animaux vivants de l&apos;espèce bovine, autres</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Meat of bovine animals, fresh or chilled</source>
        <translation>Viandes des animaux de l&apos;espèce bovine, fraîches ou réfrigérées</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Meat of bovine animals, frozen</source>
        <translation>Viandes des animaux de l&apos;espèce bovine, congelées</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible offal of bovine animals, fresh or chilled</source>
        <translation>Abats comestibles de l&apos;espèce bovine, frais ou réfrigérés</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible bovine livers, frozen</source>
        <translation>Foies comestibles de l&apos;espèce bovine, congelés</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible offal of bovine animals, frozen, other</source>
        <translation>Abats comestibles de l&apos;espèce bovine, congelés, autres</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Prepared or preserved meat, offal or blood, of bovine animals</source>
        <translation>Préparations et conserves de viandes, d&apos;abats ou de sang de l&apos;espèce bovine</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Raw hides and skins of bovine animals (ex)</source>
        <translation>Cuirs et peaux bruts de bovins (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Tanned or crust hides and skins of bovine animals (ex)</source>
        <translation>Cuirs et peaux tannés ou en croûte de bovins (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Leather of bovine animals, further prepared after tanning or crusting (ex)</source>
        <translation>Cuirs de bovins préparés après tannage ou après dessèchement (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa beans, whole or broken, raw or roasted</source>
        <translation>Cacao en fèves et brisures de fèves, bruts ou torréfiés</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa shells, husks, skins and waste</source>
        <translation>Coques, pellicules (pelures) et autres déchets de cacao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa paste</source>
        <translation>Pâte de cacao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa butter, fat and oil</source>
        <translation>Beurre, graisse et huile de cacao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa powder, not containing added sugar</source>
        <translation>Poudre de cacao, sans addition de sucre</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Chocolate and food containing cocoa</source>
        <translation>Chocolat et autres préparations alimentaires contenant du cacao</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Coffee; coffee husks and skins; coffee substitutes containing coffee</source>
        <translation>Café ; coques et pellicules de café ; succédanés du café contenant du café</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm nuts and kernels</source>
        <translation>Noix et amandes de palmiste</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm oil and its fractions</source>
        <translation>Huile de palme et ses fractions</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Crude palm kernel and babassu oil</source>
        <translation>Huiles de palmiste ou de babassu, brutes</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm kernel and babassu oil, other</source>
        <translation>Huiles de palmiste ou de babassu, autres</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oilcake of palm nuts or kernels</source>
        <translation>Tourteaux de noix ou d&apos;amandes de palmiste</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Glycerol, with a purity of 95 % or more (ex)</source>
        <translation>Glycérol, d&apos;une pureté de 95 % ou plus (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palmitic acid, stearic acid, their salts and esters</source>
        <translation>Acide palmitique, acide stéarique, leurs sels et leurs esters</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Saturated acyclic monocarboxylic acids, other</source>
        <translation>Acides monocarboxyliques acycliques saturés, autres</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Stearic acid, industrial (ex)</source>
        <translation>Acide stéarique industriel (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oleic acid, industrial (ex)</source>
        <translation>Acide oléique industriel (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Industrial monocarboxylic fatty acids, other; acid oils from refining (ex)</source>
        <translation>Acides gras monocarboxyliques industriels, autres ; huiles acides de raffinage (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Industrial fatty alcohols (ex)</source>
        <translation>Alcools gras industriels (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Natural rubber, balata, gutta-percha, guayule, chicle and similar natural gums</source>
        <translation>Caoutchouc naturel, balata, gutta-percha, guayule, chicle et gommes naturelles analogues</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Compounded rubber, unvulcanised (ex)</source>
        <translation>Caoutchouc mélangé, non vulcanisé (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Unvulcanised rubber in other forms (ex)</source>
        <translation>Caoutchouc non vulcanisé sous d&apos;autres formes (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Vulcanised rubber thread and cord (ex)</source>
        <translation>Fils et cordes de caoutchouc vulcanisé (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Plates, sheets, strip, rods of vulcanised rubber (ex)</source>
        <translation>Plaques, feuilles, bandes, baguettes de caoutchouc vulcanisé (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Conveyor or transmission belts of vulcanised rubber (ex)</source>
        <translation>Courroies transporteuses ou de transmission en caoutchouc vulcanisé (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>New pneumatic tyres of rubber (ex)</source>
        <translation>Pneumatiques neufs en caoutchouc (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Retreaded or used tyres of rubber (ex)</source>
        <translation>Pneumatiques rechapés ou usagés en caoutchouc (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Inner tubes of rubber (ex)</source>
        <translation>Chambres à air en caoutchouc (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Articles of apparel and gloves of vulcanised rubber (ex)</source>
        <translation>Vêtements et gants en caoutchouc vulcanisé (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Other articles of vulcanised rubber (ex)</source>
        <translation>Autres ouvrages en caoutchouc vulcanisé (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Hard rubber and articles of it (ex)</source>
        <translation>Caoutchouc durci et ouvrages en caoutchouc durci (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya beans</source>
        <translation>Fèves de soja</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya bean flour and meal</source>
        <translation>Farines de fèves de soja</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya-bean oil and its fractions</source>
        <translation>Huile de soja et ses fractions</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oilcake and other solid residues of soya-bean oil</source>
        <translation>Tourteaux et autres résidus solides de l&apos;extraction de l&apos;huile de soja</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Pulp of wood or of other fibrous cellulosic material; recovered paper</source>
        <translation>Pâtes de bois ou d&apos;autres matières fibreuses cellulosiques ; papier ou carton à recycler</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Paper and paperboard; articles of paper pulp, paper or paperboard</source>
        <translation>Papiers et cartons ; ouvrages en pâte de cellulose, en papier ou en carton</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Printed books, newspapers, pictures and other printed products, of paper</source>
        <translation>Produits de l&apos;édition, de la presse ou des autres industries graphiques, en papier</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Seats, wooden (ex)</source>
        <translation>Sièges en bois (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for offices</source>
        <translation>Meubles en bois des types utilisés dans les bureaux</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for kitchens</source>
        <translation>Meubles en bois des types utilisés dans les cuisines</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for bedrooms</source>
        <translation>Meubles en bois des types utilisés dans les chambres à coucher</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Other wooden furniture</source>
        <translation>Autres meubles en bois</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Parts of furniture, of wood</source>
        <translation>Parties de meubles, en bois</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Prefabricated buildings of wood</source>
        <translation>Constructions préfabriquées en bois</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wood and articles of wood (heading {heading})</source>
        <translation>Bois et ouvrages en bois (position {heading})</translation>
    </message>
</context>
<context>
    <name>EuIsTab</name>
    <message>
        <location filename="../ui/wdg_eu_is.py"/>
        <source>Due diligence statements in the EU Information System (TRACES), from the plots on the map; and the numbers received from suppliers, verified.</source>
        <translation>Les déclarations de diligence raisonnée dans le système d&apos;information de l&apos;UE (TRACES), à partir des parcelles de la carte ; et les numéros reçus des fournisseurs, vérifiés.</translation>
    </message>
</context>
<context>
    <name>EuMessages</name>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Acceptance (test system)</source>
        <translation>Acceptation (système de test)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Domestic</source>
        <translation>Nationale</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} producer</source>
        <translation>{n} producteur</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} producers</source>
        <translation>{n} producteurs</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} place</source>
        <translation>{n} lieu</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} places</source>
        <translation>{n} lieux</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} statement</source>
        <translation>{n} déclaration</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} statements</source>
        <translation>{n} déclarations</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Feature {fid}</source>
        <translation>Entité {fid}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>the service said: &quot;{errors}&quot;</source>
        <translation>le service a répondu : « {errors} »</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Activity &apos;{value}&apos; is not one of DOMESTIC, IMPORT, EXPORT.</source>
        <translation>L&apos;activité « {value} » ne fait pas partie de DOMESTIC, IMPORT, EXPORT.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Operator role &apos;{value}&apos; is not one of OPERATOR, REPRESENTATIVE_OPERATOR.</source>
        <translation>Le rôle d&apos;opérateur « {value} » ne fait pas partie de OPERATOR, REPRESENTATIVE_OPERATOR.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} has {length} characters; the EU Information System takes at most {limit}.</source>
        <translation>{field} compte {length} caractères ; le système d&apos;information de l&apos;UE en accepte au plus {limit}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} &apos;{value}&apos; is not the code of an EU member state (or XI, Northern Ireland).</source>
        <translation>{field} « {value} » n&apos;est pas le code d&apos;un État membre de l&apos;UE (ni XI, Irlande du Nord).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Activity {activity} needs the operator&apos;s EORI number.</source>
        <translation>L&apos;activité {activity} requiert le numéro EORI de l&apos;opérateur.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{value}&apos; is not an EORI number: the country&apos;s two letters, then up to 15 letters or digits.</source>
        <translation>« {value} » n&apos;est pas un numéro EORI : les deux lettres du pays, puis jusqu&apos;à 15 lettres ou chiffres.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>An authorised representative&apos;s statement needs the represented operator: name, address (country, street, postal code, city) and an identifier.</source>
        <translation>La déclaration d&apos;un mandataire requiert l&apos;opérateur représenté : nom, adresse (pays, rue, code postal, ville) et un identifiant.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Identifier type &apos;{value}&apos; of the represented operator is not one of {types}.</source>
        <translation>Le type d&apos;identifiant « {value} » de l&apos;opérateur représenté ne fait pas partie de {types}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>« {value} » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} &apos;{value}&apos; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>{field} « {value} » n&apos;est pas un code pays ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Associated statement &apos;{value}&apos; is not a reference number (up to 14 letters and digits).</source>
        <translation>La déclaration associée « {value} » n&apos;est pas un numéro de référence (jusqu&apos;à 14 lettres et chiffres).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{count} commodity lines: at most {limit} in one statement.</source>
        <translation>Lignes de produits : {count} ; au plus {limit} par déclaration.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: HS heading &apos;{value}&apos; must be 2 to 6 digits.</source>
        <translation>Produit {line} : la position SH « {value} » doit compter 2 à 6 chiffres.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: HS heading {value} is not in {source}: only the listed products of cattle, cocoa, coffee, oil palm, rubber, soya and wood are declared.</source>
        <translation>Produit {line} : la position SH {value} ne figure pas dans {source} : seuls les produits énumérés issus des bovins, du cacao, du café, du palmier à huile, du caoutchouc, du soja et du bois sont déclarés.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: give a description of the goods.</source>
        <translation>Produit {line} : donnez une description des marchandises.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: activity {activity} needs the net mass (kg).</source>
        <translation>Produit {line} : l&apos;activité {activity} requiert la masse nette (kg).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: give the net mass (kg) or a supplementary unit.</source>
        <translation>Produit {line} : donnez la masse nette (kg) ou une unité supplémentaire.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {field} &apos;{value}&apos; is not a number with at most 6 decimals below 10,000,000,000.</source>
        <translation>Produit {line} : {field} « {value} » n&apos;est pas un nombre d&apos;au plus 6 décimales inférieur à 10 000 000 000.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {field} must be more than 0 (it is {value}).</source>
        <translation>Produit {line} : {field} doit être supérieur à 0 (il vaut {value}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: a supplementary unit needs its qualifier (3 or 4 letters, such as NAR or MTQ).</source>
        <translation>Produit {line} : une unité supplémentaire requiert son qualificatif (3 ou 4 lettres, comme NAR ou MTQ).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: the supplementary unit qualifier &apos;{value}&apos; must be 3 or 4 letters or digits.</source>
        <translation>Produit {line} : le qualificatif d&apos;unité supplémentaire « {value} » doit compter 3 ou 4 lettres ou chiffres.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: a supplementary unit qualifier (&apos;{value}&apos;) without the supplementary unit.</source>
        <translation>Produit {line} : un qualificatif d&apos;unité supplémentaire (« {value} ») sans l&apos;unité supplémentaire.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line} (HS {heading}) is wood: give at least one species with its scientific and common name.</source>
        <translation>Le produit {line} (SH {heading}) est du bois : donnez au moins une espèce avec son nom scientifique et son nom commun.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: no production place to declare.</source>
        <translation>Produit {line} : aucun lieu de production à déclarer.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {count} producers, but at most {limit} per commodity fit in one statement: split it into {parts} statements.</source>
        <translation>Produit {line} : producteurs : {count}, mais au plus {limit} par produit tiennent dans une déclaration : divisez-la en {parts} déclarations.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{count} producers, but at most {limit} fit in one statement: split it into {parts} statements.</source>
        <translation>Producteurs : {count}, mais au plus {limit} tiennent dans une déclaration : divisez-la en {parts} déclarations.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{size_mb} MB of geolocation, but one statement carries at most {limit_mb} MB (25 MB once Base64-encoded): split it into {parts} statements.</source>
        <translation>{size_mb} Mo de géolocalisation, mais une déclaration en contient au plus {limit_mb} Mo (25 Mo une fois encodée en Base64) : divisez-la en {parts} déclarations.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}), feature {feature}: {finding}</source>
        <translation>Produit {line}, producteur {producer} ({name}), entité {feature} : {finding}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}): country &apos;{value}&apos; is not an ISO 3166-1 alpha-2 code.</source>
        <translation>Produit {line}, producteur {producer} ({name}) : le pays « {value} » n&apos;est pas un code ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The layer has no field &apos;{field}&apos; for the {role} (fields: {fields}).</source>
        <translation>La couche n&apos;a pas de champ « {field} » ({role}) (champs : {fields}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no geometry; a production place needs its point or polygon.</source>
        <translation>{feature} : aucune géométrie ; un lieu de production requiert son point ou son polygone.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no producer name in the field &apos;{field}&apos;.</source>
        <translation>{feature} : aucun nom de producteur dans le champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no producer country in the field &apos;{field}&apos; (the two-letter ISO code).</source>
        <translation>{feature} : aucun pays du producteur dans le champ « {field} » (le code ISO à deux lettres).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>No production place to declare: the layer or the selection has no feature.</source>
        <translation>Aucun lieu de production à déclarer : la couche ou la sélection ne contient aucune entité.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System could not be used; the Message Log says why.</source>
        <translation>Le système d&apos;information de l&apos;UE n&apos;a pas pu être utilisé ; le journal des messages indique pourquoi.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: the secure connection failed (certificate not trusted?). Check the internet connection, the proxy and the environment.</source>
        <translation>Impossible de joindre le système d&apos;information de l&apos;UE sur {host} : la connexion sécurisée a échoué (certificat non reconnu ?). Vérifiez la connexion Internet, le proxy et l&apos;environnement.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: the proxy refused the connection. Check the proxy settings.</source>
        <translation>Impossible de joindre le système d&apos;information de l&apos;UE sur {host} : le proxy a refusé la connexion. Vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: no answer. Check the internet connection, the proxy and the environment.</source>
        <translation>Impossible de joindre le système d&apos;information de l&apos;UE sur {host} : aucune réponse. Vérifiez la connexion Internet, le proxy et l&apos;environnement.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} did not confirm {operation} ({what}): it may have been recorded. It was not sent again; look it up by its internal reference &apos;{internal_reference}&apos; before sending it again.</source>
        <translation>{host} n&apos;a pas confirmé {operation} ({what}) : la déclaration a peut-être été enregistrée. Elle n&apos;a pas été renvoyée ; retrouvez-la par sa référence interne « {internal_reference} » avant de la renvoyer.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System failed on {operation} ({errors}); try again later.</source>
        <translation>Le système d&apos;information de l&apos;UE a échoué sur {operation} ({errors}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} answered {operation} without a statement.</source>
        <translation>{host} a répondu à {operation} sans déclaration.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} answered {operation} with something that is not its SOAP answer (HTTP {status}).</source>
        <translation>{host} a répondu à {operation} par autre chose que sa réponse SOAP (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System is too large; it was not read.</source>
        <translation>La réponse du système d&apos;information de l&apos;UE est trop volumineuse ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System contains a DTD or entity declaration, which a SOAP message may not have; it was not read.</source>
        <translation>La réponse du système d&apos;information de l&apos;UE contient une DTD ou une déclaration d&apos;entité, interdites dans un message SOAP ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System is not well-formed XML ({error}).</source>
        <translation>La réponse du système d&apos;information de l&apos;UE n&apos;est pas du XML bien formé ({error}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; must be only the server address (no user name, password, &apos;?&apos; or &apos;#&apos;); the username and authentication key are kept in QGIS&apos;s authentication database.</source>
        <translation>« {text} » ne doit être que l&apos;adresse du serveur (sans nom d&apos;utilisateur, mot de passe, « ? » ni « # ») ; le nom d&apos;utilisateur et la clé d&apos;authentification sont conservés dans la base d&apos;authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The statement cannot be written: {field} &apos;{value}&apos; is not a value the EU Information System takes.</source>
        <translation>La déclaration ne peut pas être écrite : {field} « {value} » n&apos;est pas une valeur acceptée par le système d&apos;information de l&apos;UE.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System username contains characters a username cannot have.</source>
        <translation>Le nom d&apos;utilisateur du système d&apos;information de l&apos;UE contient des caractères interdits dans un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System ({host}) refused the username or authentication key of &apos;{username}&apos; ({errors}). Check both in the EU Login profile, Web Services Access, and that they belong to the {environment} environment.</source>
        <translation>Le système d&apos;information de l&apos;UE ({host}) a refusé le nom d&apos;utilisateur ou la clé d&apos;authentification de « {username} » ({errors}). Vérifiez-les tous les deux dans le profil EU Login, accès aux services web, et qu&apos;ils appartiennent à l&apos;environnement {environment}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} refused the request&apos;s time ({errors}): the computer&apos;s clock must be within 5 minutes of the EU Information System&apos;s. Set the clock (automatic time, NTP) and try again.</source>
        <translation>{host} a refusé l&apos;heure de la requête ({errors}) : l&apos;horloge de l&apos;ordinateur doit être à moins de 5 minutes de celle du système d&apos;information de l&apos;UE. Réglez l&apos;horloge (heure automatique, NTP) et réessayez.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System is unavailable (HTTP {status} from {host}); try again later.</source>
        <translation>Le système d&apos;information de l&apos;UE est indisponible (HTTP {status} de {host}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System refused {operation}: {errors}</source>
        <translation>Le système d&apos;information de l&apos;UE a refusé {operation} : {errors}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} has no such statement ({errors}).</source>
        <translation>{host} ne connaît pas cette déclaration ({errors}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System does not allow {operation} here ({errors}).</source>
        <translation>Le système d&apos;information de l&apos;UE n&apos;autorise pas {operation} ici ({errors}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} refused the request&apos;s security token as already used ({errors}). Try again.</source>
        <translation>{host} a refusé le jeton de sécurité de la requête, déjà utilisé ({errors}). Réessayez.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System needs a username and an authentication key (EU Login profile, Web Services Access).</source>
        <translation>Le système d&apos;information de l&apos;UE requiert un nom d&apos;utilisateur et une clé d&apos;authentification (profil EU Login, accès aux services web).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; uses plain http: the authentication digest and the statements would travel unencrypted. Use https (plain http is only for a test service on this machine).</source>
        <translation>« {text} » utilise http simple : l&apos;empreinte d&apos;authentification et les déclarations circuleraient en clair. Utilisez https (http simple n&apos;est permis que pour un service de test sur cette machine).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; is not a server address: give a full URL such as {example}</source>
        <translation>« {text} » n&apos;est pas une adresse de serveur : indiquez une URL complète comme {example}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Unknown EU Information System environment &apos;{name}&apos;: choose acceptance (the Commission&apos;s test system) or production.</source>
        <translation>Environnement du système d&apos;information de l&apos;UE inconnu « {name} » : choisissez acceptance (le système de test de la Commission) ou production.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{url} is the production EU Information System: choose the production environment explicitly to send statements there.</source>
        <translation>{url} est le système d&apos;information de l&apos;UE de production : choisissez explicitement l&apos;environnement production pour y envoyer des déclarations.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}), feature {feature}</source>
        <translation>Produit {line}, producteur {producer} ({name}), entité {feature}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is 1 minute ahead of the server&apos;s.</source>
        <translation>L&apos;horloge de cet ordinateur avance d&apos;une minute sur celle du serveur.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the server&apos;s.</source>
        <translation>L&apos;horloge de cet ordinateur avance de {minutes} min sur celle du serveur.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is 1 minute behind the server&apos;s.</source>
        <translation>L&apos;horloge de cet ordinateur retarde d&apos;une minute sur celle du serveur.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is {minutes} minutes behind the server&apos;s.</source>
        <translation>L&apos;horloge de cet ordinateur retarde de {minutes} min sur celle du serveur.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source> (1 more problem found)</source>
        <translation> (1 autre problème trouvé)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source> ({n} more problems found)</source>
        <translation> ({n} autres problèmes trouvés)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Nothing was sent again; before sending it again, look it up by its internal reference &apos;{reference}&apos;.</source>
        <translation>Rien n&apos;a été renvoyé ; avant de renvoyer, retrouvez la déclaration par sa référence interne « {reference} ».</translation>
    </message>
    <message>
        <source> ({n} more problem(s) found)</source>
        <translation type="obsolete"> (autres problèmes trouvés : {n})</translation>
    </message>
</context>
<context>
    <name>EuNewStatement</name>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{producers}, {places}, {size} MB of geolocation.</source>
        <translation>{producers}, {places}, {size} Mo de géolocalisation.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Refused before sending: {problem}</source>
        <translation>Refusée avant l&apos;envoi : {problem}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Nothing the EU Information System would refuse was found: ready to submit to {environment}.</source>
        <translation>Rien de ce que le système d&apos;information de l&apos;UE refuserait n&apos;a été trouvé : prête à être soumise. Environnement : {environment}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Over the limits of one statement (1,000 producers, 25 MB): it will be sent as {n} statements, the quantities divided by area.</source>
        <translation>Au-delà des limites d&apos;une déclaration (1 000 producteurs, 25 Mo) : elle sera envoyée en {n} déclarations, les quantités réparties selon la surface.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{n} warning: {warning}</source>
        <translation>{n} avertissement : {warning}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{n} warnings, the first: {warning}</source>
        <translation>{n} avertissements, dont le premier : {warning}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>New statement</source>
        <translation>Nouvelle déclaration</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Read the places and check everything the EU Information System would refuse; nothing is sent.</source>
        <translation>Lit les lieux et vérifie tout ce que le système d&apos;information de l&apos;UE refuserait ; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit...</source>
        <translation>Soumettre...</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Choose the layer of production places.</source>
        <translation>Choisissez la couche des lieux de production.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Reading {layer} ...</source>
        <translation>Lecture de {layer} ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Statement preview: {text}</source>
        <translation>Aperçu de la déclaration : {text}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Read the statement</source>
        <translation>Lecture de la déclaration</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>EU Information System</source>
        <translation>Système d&apos;information de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit {n} due diligence statement ({producers}) to the EU Information System, {environment} ({host})?</source>
        <translation>Soumettre {n} déclaration de diligence raisonnée ({producers}) au système d&apos;information de l&apos;UE, {environment} ({host}) ?</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit {n} due diligence statements ({producers}) to the EU Information System, {environment} ({host})?</source>
        <translation>Soumettre {n} déclarations de diligence raisonnée ({producers}) au système d&apos;information de l&apos;UE, {environment} ({host}) ?</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Production: this is a legal declaration to the EU.</source>
        <translation>Production : cette déclaration engage juridiquement auprès de l&apos;UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Not submitted.</source>
        <translation>Non soumise.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{error} The statements before it were sent: {sent}.</source>
        <translation>{error} Les déclarations précédentes ont été envoyées : {sent}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit the statement</source>
        <translation>Soumission de la déclaration</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submitted {reference} as {uuid}; waiting for the EU Information System&apos;s answer.</source>
        <translation>{reference} soumise sous {uuid} ; en attente de la réponse du système d&apos;information de l&apos;UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Amended since it was submitted (last on {time}).</source>
        <translation>Modifiée depuis sa soumission (dernière fois le {time}).</translation>
    </message>
    <message>
        <source>{producers} producer(s), {places} place(s), {size} MB of geolocation.</source>
        <translation type="obsolete">Producteurs : {producers}, lieux : {places}, géolocalisation : {size} Mo.</translation>
    </message>
    <message>
        <source>{n} warning(s), e.g.: {warning}</source>
        <translation type="obsolete">Avertissements : {n}, par ex. : {warning}</translation>
    </message>
    <message>
        <source>Submit {n} due diligence statement(s) ({producers} producer(s)) to the EU Information System, {environment} ({host})?</source>
        <translation type="obsolete">Soumettre {n} déclaration(s) de diligence raisonnée ({producers} producteur(s)) au système d&apos;information de l&apos;UE, {environment} ({host}) ?</translation>
    </message>
</context>
<context>
    <name>EuPlotNumbers</name>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>EU reference number</source>
        <translation>Numéro de référence UE</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>EU verification number</source>
        <translation>Numéro de vérification UE</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Plots table</source>
        <translation>Table des parcelles</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Plot feature id</source>
        <translation>Identifiant d&apos;entité de la parcelle</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement UUID</source>
        <translation>UUID de la déclaration</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Internal reference</source>
        <translation>Référence interne</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement numbers of {table}</source>
        <translation>Numéros des déclarations de {table}</translation>
    </message>
</context>
<context>
    <name>EuRegister</name>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>Cannot open {path} to write the register.</source>
        <translation>Impossible d&apos;ouvrir {path} pour écrire le registre.</translation>
    </message>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>The table &apos;{table}&apos; in {path} is not a register of statements (it has no {columns}): choose another table name.</source>
        <translation>La table « {table} » de {path} n&apos;est pas un registre de déclarations (il lui manque {columns}) : choisissez un autre nom de table.</translation>
    </message>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>&apos;{reference}&apos; / &apos;{verification}&apos; is not a reference number (up to 14 characters) with its verification number (5 to 35 characters): nothing was asked.</source>
        <translation>« {reference} » / « {verification} » n&apos;est pas un numéro de référence (jusqu&apos;à 14 caractères) avec son numéro de vérification (5 à 35 caractères) : rien n&apos;a été demandé.</translation>
    </message>
</context>
<context>
    <name>EuRegisterBox</name>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Exists, usable</source>
        <translation>Existe, utilisable</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Exists, not usable</source>
        <translation>Existe, non utilisable</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Does not exist</source>
        <translation>N&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Not verified yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Reference number {reference}, verification number {verification}; supplier {supplier}, received on {received}, product {product}; the service said {result} ({status}, {date}); checked {checked}.</source>
        <translation>Numéro de référence {reference}, numéro de vérification {verification} ; fournisseur {supplier}, reçu le {received}, produit {product} ; le service a répondu {result} ({status}, {date}) ; vérifié le {checked}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Statements received from suppliers (verify register)</source>
        <translation>Déclarations reçues (registre de vérification)</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Reference number</source>
        <translation>N° de référence</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verification number</source>
        <translation>N° de vérification</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Add to the register</source>
        <translation>Ajouter au registre</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verify all</source>
        <translation>Tout vérifier</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Ask the EU Information System about every pair of numbers in the register; each answer is kept, dated, for five years.</source>
        <translation>Interroge le système d&apos;information de l&apos;UE sur chaque paire de numéros du registre ; chaque réponse est conservée, datée, pendant cinq ans.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Choose the GeoPackage of the register (a new file is created).</source>
        <translation>Choisissez le GeoPackage du registre (un nouveau fichier est créé).</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Read the register</source>
        <translation>Lecture du registre</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Give the reference number and the verification number the supplier gave.</source>
        <translation>Indiquez le numéro de référence et le numéro de vérification donnés par le fournisseur.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{reference} added to the register; Verify all asks the EU Information System about it.</source>
        <translation>{reference} ajouté au registre ; « Tout vérifier » interroge le système d&apos;information de l&apos;UE à son sujet.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{n} pair verified; every answer kept in {table}.</source>
        <translation>{n} paire vérifiée ; chaque réponse est conservée dans {table}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{n} pairs verified; every answer kept in {table}.</source>
        <translation>{n} paires vérifiées ; chaque réponse est conservée dans {table}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verify the register</source>
        <translation>Vérification du registre</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="obsolete">Vérifié</translation>
    </message>
    <message>
        <source>{n} pair(s) verified; every answer kept in {table}.</source>
        <translation type="obsolete">Paires vérifiées : {n} ; chaque réponse est conservée dans {table}.</translation>
    </message>
</context>
<context>
    <name>EuStatementForm</name>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Authorised representative</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Not a heading of Annex I: the EU Information System would refuse it.</source>
        <translation>Pas une position de l&apos;annexe I : le système d&apos;information de l&apos;UE la refuserait.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>The producer&apos;s country: the two-letter ISO code (the preflight&apos;s fix fills ProducerCountry from the geometry).</source>
        <translation>Le pays du producteur : le code ISO à deux lettres (la correction de la vérification avant envoi remplit ProducerCountry d&apos;après la géométrie).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Production places</source>
        <translation>Lieux de production</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Producer name field</source>
        <translation>Champ du nom du producteur</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Producer country field</source>
        <translation>Champ du pays du producteur</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. FR1234567890123 (IMPORT and EXPORT)</source>
        <translation>par ex. FR1234567890123 (importation, exportation)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Operator role</source>
        <translation>Rôle de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>country (2 letters)</source>
        <translation>pays (2 lettres)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>street and number</source>
        <translation>rue et numéro</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>identifiers, e.g. vat:DE123456789</source>
        <translation>identifiants, par ex. vat:DE123456789</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Represented operator</source>
        <translation>Opérateur représenté</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>EORI number</source>
        <translation>Numéro EORI</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Country of activity</source>
        <translation>Pays de l&apos;activité</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Border-cross country</source>
        <translation>Pays de passage de la frontière</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>The HS heading of Annex I of Regulation (EU) 2023/1115 (pick one, or type 2 to 6 digits of a subdivision).</source>
        <translation>La position SH de l&apos;annexe I du règlement (UE) 2023/1115 (choisissez-en une, ou saisissez 2 à 6 chiffres d&apos;une subdivision).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. Green coffee beans, not roasted</source>
        <translation>par ex. Café vert en grains, non torréfié</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>kg (IMPORT and EXPORT: required)</source>
        <translation>kg (importation, exportation : obligatoire)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>quantity in the unit below</source>
        <translation>quantité (unité ci-dessous)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>unit, e.g. MTQ, NAR</source>
        <translation>unité, par ex. MTQ, NAR</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. Quercus robur</source>
        <translation>par ex. Quercus robur</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. oak</source>
        <translation>par ex. chêne</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>HS heading</source>
        <translation>Position SH</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Description of the goods</source>
        <translation>Description des marchandises</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Net mass (kg)</source>
        <translation>Masse nette (kg)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Supplementary unit</source>
        <translation>Unité supplémentaire</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Unit qualifier</source>
        <translation>Qualificatif d&apos;unité</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Species: scientific name</source>
        <translation>Espèce : nom scientifique</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Species: common name</source>
        <translation>Espèce : nom commun</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>empty: one is made</source>
        <translation>vide : une est créée</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Your reference (order, shipment): it also finds a statement whose answer was lost.</source>
        <translation>Votre référence (commande, expédition) : elle permet aussi de retrouver une déclaration dont la réponse a été perdue.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Geolocation confidential</source>
        <translation>Géolocalisation confidentielle</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>reference numbers, separated by commas</source>
        <translation>numéro, numéro, ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Internal reference</source>
        <translation>Référence interne</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Associated statements</source>
        <translation>Déclarations associées</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation type="obsolete">Nationale</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="obsolete">Importation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="obsolete">Exportation</translation>
    </message>
</context>
<context>
    <name>EuStatementList</name>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Internal reference: {value}</source>
        <translation>Référence interne : {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Status: {value}</source>
        <translation>Statut : {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>UUID: {value}</source>
        <translation>UUID : {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reference number: {value}</source>
        <translation>Numéro de référence : {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Verification number: {value}</source>
        <translation>Numéro de vérification : {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Environment: {value}</source>
        <translation>Environnement : {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Submitted: {time}; last checked: {checked}</source>
        <translation>Soumise : {time} ; dernière vérification : {checked}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Sent: {producers}, {places}, HS {headings}, net mass {mass} kg</source>
        <translation>Envoyée : {producers}, {places}, SH {headings}, masse nette {mass} kg</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amended once, on {time}.</source>
        <translation>Modifiée une fois, le {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amended {n} times, last on {time}.</source>
        <translation>Modifiée {n} fois, dernière fois le {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reasons given by the EU Information System:</source>
        <translation>Motifs donnés par le système d&apos;information de l&apos;UE :</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Internal reference</source>
        <translation>Référence interne</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Check now</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Ask the EU Information System where the selected statement stands (none selected: every statement still waiting).</source>
        <translation>Demande au système d&apos;information de l&apos;UE où en est la déclaration sélectionnée (aucune sélectionnée : toutes les déclarations encore en attente).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amend...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw...</source>
        <translation>Retirer...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Copy numbers</source>
        <translation>Copier les numéros</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Copy the reference and verification numbers, to give them to your customers.</source>
        <translation>Copie les numéros de référence et de vérification, pour les transmettre à vos clients.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Select a statement to see it in full.</source>
        <translation>Sélectionnez une déclaration pour la voir en entier.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the selected statement (only an available one, within 72 hours of its submission).</source>
        <translation>Retire la déclaration sélectionnée (seulement si elle est disponible, dans les 72 heures suivant sa soumission).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Change the selected statement&apos;s content (only an available one, within 72 hours of its submission): its form opens with what was sent; the reference number stays.</source>
        <translation>Modifie le contenu de la déclaration sélectionnée (seulement si elle est disponible, dans les 72 heures suivant sa soumission) : son formulaire s&apos;ouvre avec ce qui a été envoyé ; le numéro de référence reste le même.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to check it.</source>
        <translation>{name} a été envoyée à un autre environnement ou serveur ({environment}) : choisissez cette connexion pour la vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>The Commission asks for 30 minutes before the first status check: {name} can be checked from {time}.</source>
        <translation>La Commission demande d&apos;attendre 30 minutes avant la première vérification du statut : {name} peut être vérifiée à partir de {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>No statement of this connection is waiting for the EU Information System.</source>
        <translation>Aucune déclaration de cette connexion n&apos;attend le système d&apos;information de l&apos;UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Checking {n} statement ...</source>
        <translation>Vérification de {n} déclaration ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Checking {n} statements ...</source>
        <translation>Vérification de {n} déclarations ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Check the statements</source>
        <translation>Vérification des déclarations</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>EU Information System</source>
        <translation>Système d&apos;information de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to withdraw it.</source>
        <translation>{name} a été envoyée à un autre environnement ou serveur ({environment}) : choisissez cette connexion pour la retirer.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the statement {name} (reference number {reference}) from the EU Information System, {environment}? It can no longer be used by anyone.</source>
        <translation>Retirer la déclaration {name} (numéro de référence {reference}) du système d&apos;information de l&apos;UE, {environment} ? Plus personne ne pourra l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the statement</source>
        <translation>Retrait de la déclaration</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to amend it.</source>
        <translation>{name} a été envoyée à un autre environnement ou serveur ({environment}) : choisissez cette connexion pour la modifier.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Choose the layer of production places.</source>
        <translation>Choisissez la couche des lieux de production.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amending {name} ...</source>
        <translation>Modification de {name}...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} amended: the EU Information System holds the new content; reference number {reference}.</source>
        <translation>{name} modifiée : le système d&apos;information de l&apos;UE détient le nouveau contenu ; numéro de référence {reference}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amend the statement</source>
        <translation>Modifier la déclaration</translation>
    </message>
    <message>
        <source>Sent: {producers} producer(s), {places} place(s), HS {headings}, net mass {mass} kg</source>
        <translation type="obsolete">Envoyé : {producers} producteur(s), {places} lieu(x), SH {headings}, masse nette {mass} kg</translation>
    </message>
    <message>
        <source>Checking {n} statement(s) ...</source>
        <translation type="obsolete">Vérification de {n} déclaration(s) ...</translation>
    </message>
</context>
<context>
    <name>EuStatements</name>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Cannot save the EU statements in {path}: {reason}</source>
        <translation>Impossible d&apos;enregistrer les déclarations UE dans {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Cannot update the statement in {path}: {reason}</source>
        <translation>Impossible de mettre à jour la déclaration dans {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>The internal reference &apos;{reference}&apos; is already used by the statement {uuid} ({status}): give another internal reference, or withdraw that statement first.</source>
        <translation>La référence interne « {reference} » est déjà utilisée par la déclaration {uuid} ({status}) : indiquez une autre référence interne, ou retirez d&apos;abord cette déclaration.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>The statement {reference} has no UUID yet: check its status first.</source>
        <translation>La déclaration {reference} n&apos;a pas encore d&apos;UUID : vérifiez d&apos;abord son statut.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Only an AVAILABLE statement can be amended; {uuid} is {status}.</source>
        <translation>Seule une déclaration AVAILABLE peut être modifiée ; {uuid} est {status}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Only an AVAILABLE statement can be withdrawn; {uuid} is {status}.</source>
        <translation>Seule une déclaration AVAILABLE peut être retirée ; {uuid} est {status}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>{uuid} was submitted on {date}: a statement can be amended only within 72 hours of its submission.</source>
        <translation>{uuid} a été soumise le {date} : une déclaration ne peut être modifiée que dans les 72 heures suivant sa soumission.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>{uuid} was submitted on {date}: a statement can be withdrawn only within 72 hours of its submission.</source>
        <translation>{uuid} a été soumise le {date} : une déclaration ne peut être retirée que dans les 72 heures suivant sa soumission.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>An amendment cannot change the activity: {name} was declared as {declared}, the amendment says {activity}.</source>
        <translation>Une modification ne peut pas changer l&apos;activité : {name} a été déclarée avec l&apos;activité {declared}, la modification indique {activity}.</translation>
    </message>
    <message>
        <source>Only an AVAILABLE statement can be {action}; {uuid} is {status}.</source>
        <translation type="obsolete">Seule une déclaration AVAILABLE peut être {action} ; {uuid} est {status}.</translation>
    </message>
    <message>
        <source>{uuid} was submitted on {date}: a statement can be {action} only within 72 hours of its submission.</source>
        <translation type="obsolete">{uuid} a été soumise le {date} : une déclaration ne peut être {action} que dans les 72 heures suivant sa soumission.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="obsolete">retirée</translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="obsolete">modifiée</translation>
    </message>
</context>
<context>
    <name>EuSubmitDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Production places</source>
        <translation>Lieux de production</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Producer name field</source>
        <translation>Champ du nom du producteur</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Producer country field</source>
        <translation>Champ du pays du producteur</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Operator role</source>
        <translation>Rôle de l&apos;opérateur</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>EORI number (IMPORT and EXPORT)</source>
        <translation>Numéro EORI (IMPORT et EXPORT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Country of activity (EU, 2 letters)</source>
        <translation>Pays de l&apos;activité (UE, 2 lettres)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Border-cross country (EU, 2 letters)</source>
        <translation>Pays de passage de la frontière (UE, 2 lettres)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>HS heading (Annex I)</source>
        <translation>Position SH (annexe I)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Description of the goods</source>
        <translation>Description des marchandises</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Net mass (kg)</source>
        <translation>Masse nette (kg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Supplementary unit</source>
        <translation>Unité supplémentaire</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Supplementary unit qualifier (e.g. MTQ)</source>
        <translation>Qualificatif de l&apos;unité supplémentaire (par ex. MTQ)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Species: scientific name (wood)</source>
        <translation>Espèce : nom scientifique (bois)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Species: common name (wood)</source>
        <translation>Espèce : nom commun (bois)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Internal reference (empty: one is made)</source>
        <translation>Référence interne (vide : une est créée)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Associated statements (reference numbers, comma)</source>
        <translation>Déclarations associées (numéros de référence, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Geolocation confidential</source>
        <translation>Géolocalisation confidentielle</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: name</source>
        <translation>Opérateur représenté : nom</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: country (2 letters)</source>
        <translation>Opérateur représenté : pays (2 lettres)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: street and number</source>
        <translation>Opérateur représenté : rue et numéro</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: postal code</source>
        <translation>Opérateur représenté : code postal</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: city</source>
        <translation>Opérateur représenté : ville</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: identifiers (vat:DE123;eori:...)</source>
        <translation>Opérateur représenté : identifiants (vat:DE123;eori:...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Submit a due diligence statement (EU Information System)</source>
        <translation>Soumettre une déclaration de diligence raisonnée (système d&apos;information de l&apos;UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Builds a due diligence statement from a layer of production places and submits it to the EU Information System (acceptance unless ENVIRONMENT=production). One producer entry per producer (PRODUCER_FIELD and COUNTRY_FIELD), its places as GeoJSON in the EU rules (6 decimals). Everything the service would refuse is refused before sending, naming the feature, field or limit: the schema&apos;s limits, an EORI and a net mass for IMPORT and EXPORT, species for wood, positive quantities, the geolocation rules (the preflight&apos;s check on what is sent), 25 MB and 1,000 producers per statement (SPLIT sends several, the quantities divided by area). The statement is recorded in the profile and, for a GeoPackage layer, beside the plots (tables eu_statements and eu_statement_plots); WAIT_SECONDS checks it until AVAILABLE or REJECTED (the Commission asks for 30 minutes before the first check). The authentication key is never stored nor shown.</source>
        <translation>Construit une déclaration de diligence raisonnée à partir d&apos;une couche de lieux de production et la soumet au système d&apos;information de l&apos;UE (acceptance, sauf ENVIRONMENT=production). Une entrée par producteur (PRODUCER_FIELD et COUNTRY_FIELD), ses lieux en GeoJSON selon les règles de l&apos;UE (6 décimales). Tout ce que le service refuserait est refusé avant l&apos;envoi, en nommant l&apos;entité, le champ ou la limite : les limites du schéma, un EORI et une masse nette pour IMPORT et EXPORT, les espèces pour le bois, des quantités positives, les règles de géolocalisation (la vérification de la prévérification sur ce qui est envoyé), 25 Mo et 1 000 producteurs par déclaration (SPLIT en envoie plusieurs, les quantités réparties selon la surface). La déclaration est enregistrée dans le profil et, pour une couche GeoPackage, à côté des parcelles (tables eu_statements et eu_statement_plots) ; WAIT_SECONDS la vérifie jusqu&apos;à AVAILABLE ou REJECTED (la Commission demande d&apos;attendre 30 minutes avant la première vérification). La clé d&apos;authentification n&apos;est jamais enregistrée ni affichée.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Split into several statements when over the limits</source>
        <translation>Diviser en plusieurs déclarations au-delà des limites</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Wait for the result (seconds)</source>
        <translation>Attendre le résultat (secondes)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Set SPLIT to send them as {n} statements.</source>
        <translation>Activez SPLIT pour les envoyer en {n} déclarations.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>{producers}, {places}, {size} MB of geolocation, in {statements}.</source>
        <translation>{producers}, {places}, {size} Mo de géolocalisation, en {statements}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>{error} The statements before it were sent: {sent}.</source>
        <translation>{error} Les déclarations précédentes ont été envoyées : {sent}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Submitted {reference} as {uuid}.</source>
        <translation>{reference} soumise sous {uuid}.</translation>
    </message>
    <message>
        <source>{producers} producer(s), {places} place(s), {size:.2f} MB of geolocation, in {n} statement(s).</source>
        <translation type="obsolete">Producteurs : {producers}, lieux : {places}, géolocalisation : {size:.2f} Mo, déclarations : {n}.</translation>
    </message>
</context>
<context>
    <name>EuVerifyDeclarations</name>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verify statements received from suppliers (EU Information System)</source>
        <translation>Vérifier les déclarations reçues des fournisseurs (système d&apos;information de l&apos;UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>For downstream operators and traders: asks the EU Information System&apos;s Verify service about each reference + verification number (REFERENCE_NUMBER and VERIFICATION_NUMBER, or every row of INPUT) and appends each answer to the register OUTPUT with its supplier, date received and product: result (EXISTING_USABLE, EXISTING_NON_USABLE, NON_EXISTENT), status, the service&apos;s date, checked_at and keep_until (five years). Rows are only ever appended: the register keeps every answer.</source>
        <translation>Pour les opérateurs et commerçants en aval : interroge le service Verify du système d&apos;information de l&apos;UE sur chaque numéro de référence + numéro de vérification (REFERENCE_NUMBER et VERIFICATION_NUMBER, ou chaque ligne d&apos;INPUT) et ajoute chaque réponse au registre OUTPUT avec son fournisseur, sa date de réception et son produit : résultat (EXISTING_USABLE, EXISTING_NON_USABLE, NON_EXISTENT), statut, date du service, checked_at et keep_until (cinq ans). Les lignes ne sont jamais qu&apos;ajoutées : le registre conserve toutes les réponses.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verification number</source>
        <translation>Numéro de vérification</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Date received (YYYY-MM-DD)</source>
        <translation>Date de réception (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Table of numbers received</source>
        <translation>Table des numéros reçus</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Reference number field</source>
        <translation>Champ du numéro de référence</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verification number field</source>
        <translation>Champ du numéro de vérification</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Supplier field</source>
        <translation>Champ du fournisseur</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Date received field</source>
        <translation>Champ de la date de réception</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Product field</source>
        <translation>Champ du produit</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Give REFERENCE_NUMBER and VERIFICATION_NUMBER, or INPUT: a table with the two numbers of each statement.</source>
        <translation>Indiquez REFERENCE_NUMBER et VERIFICATION_NUMBER, ou INPUT : une table avec les deux numéros de chaque déclaration.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>INPUT has no field &apos;{field}&apos; (fields: {fields}): name it with REFERENCE_FIELD and VERIFICATION_FIELD.</source>
        <translation>INPUT n&apos;a pas de champ « {field} » (champs : {fields}) : nommez-le avec REFERENCE_FIELD et VERIFICATION_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>{reference}: {result} {status}</source>
        <translation>{reference} : {result} {status}</translation>
    </message>
</context>
<context>
    <name>EuWithdrawDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Withdraw a due diligence statement (EU Information System)</source>
        <translation>Retirer une déclaration de diligence raisonnée (système d&apos;information de l&apos;UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Withdraws an AVAILABLE statement within 72 hours of its submission (the service refuses it once it is referenced by another statement or used: its reasons are shown). The new status is kept in the profile and beside the plots.</source>
        <translation>Retire une déclaration AVAILABLE dans les 72 heures suivant sa soumission (le service refuse dès qu&apos;elle est référencée par une autre déclaration ou utilisée : ses motifs sont affichés). Le nouveau statut est conservé dans le profil et à côté des parcelles.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Statement UUID</source>
        <translation>UUID de la déclaration</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss {loss} % is over the {loss_limit} % limit</source>
        <translation>Perte de forêt de {loss} %, au-delà de la limite de {loss_limit} %</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Score {score} is over the {score_limit} limit</source>
        <translation>Score de {score}, au-delà de la limite de {score_limit}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Deforestation alert dated {alert_date}, after {cutoff}</source>
        <translation>Alerte de déforestation datée du {alert_date}, après le {cutoff}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Deforestation alert without a date (Epoch monitors from {cutoff})</source>
        <translation>Alerte de déforestation sans date (Epoch assure le suivi à partir du {cutoff})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss {loss} % is close to the {loss_limit} % limit</source>
        <translation>Perte de forêt de {loss} %, proche de la limite de {loss_limit} %</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Score {score} is close to the {score_limit} limit</source>
        <translation>Score de {score}, proche de la limite de {score_limit}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Country not computed: no country field, no location in a country, no producer&apos;s country</source>
        <translation>Pays non calculé : aucun champ pays, aucune localisation dans un pays, aucun pays du producteur</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss not computed: no noncompliance_area_perc, nor area and noncompliance_area</source>
        <translation>Perte de forêt non calculée : ni noncompliance_area_perc, ni area et noncompliance_area</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: no deforestation_alert</source>
        <translation>Alerte postérieure à la date butoir non calculée : pas de deforestation_alert</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: deforestation_alert &apos;{alert}&apos; not understood</source>
        <translation>Alerte postérieure à la date butoir non calculée : deforestation_alert « {alert} » non compris</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: deforestation_start or deforestation_end is not a date</source>
        <translation>Alerte postérieure à la date butoir non calculée : deforestation_start ou deforestation_end n&apos;est pas une date</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert area not computed: no noncompliance_area</source>
        <translation>Surface d&apos;alerte non calculée : pas de noncompliance_area</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert dated {alert_date}, on or before {cutoff}: noted, not counted</source>
        <translation>Alerte datée du {alert_date}, au plus tard le {cutoff} : notée, non comptée</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss at most {review_loss} %, score at most {review_score}, no alert after {cutoff}</source>
        <translation>Perte de forêt d&apos;au plus {review_loss} %, score d&apos;au plus {review_score}, aucune alerte après le {cutoff}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss</source>
        <translation>Perte de forêt</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert</source>
        <translation>Alerte postérieure à la date butoir</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert area</source>
        <translation>Surface d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Data uncertainty</source>
        <translation>Incertitude des données</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>plot location</source>
        <translation>localisation de la parcelle</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>producer&apos;s country</source>
        <translation>pays du producteur</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{verdict} (score {score})</source>
        <translation>{verdict} (score {score})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is not a number: {value}</source>
        <translation>{field} n&apos;est pas un nombre : {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is out of range: {value} ({range})</source>
        <translation>{field} est hors limites : {value} ({range})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is too large to store: {value} (a GeoPackage integer holds at most {max})</source>
        <translation>{field} est trop grand pour être stocké : {value} (un entier GeoPackage vaut au plus {max})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>NUL character removed from {field}</source>
        <translation>Caractère NUL supprimé de {field}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} too large to store, left empty: {value}</source>
        <translation>{field} trop grand pour être stocké, laissé vide : {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} too large for an integer, stored as a real: {value}</source>
        <translation>{field} trop grand pour un entier, stocké comme réel : {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Bytes that are not UTF-8 replaced by U+FFFD (line {field}, byte {value})</source>
        <translation>Octets non UTF-8 remplacés par U+FFFD (ligne {field}, octet {value})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>a fraction from 0 to 1</source>
        <translation>une fraction de 0 à 1</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>a whole number of plots, 0 or more</source>
        <translation>un nombre entier de parcelles, 0 ou plus</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>an area of 0 ha or more</source>
        <translation>une surface de 0 ha ou plus</translation>
    </message>
</context>
<context>
    <name>ExportTracesGeojson</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Export EU-ready GeoJSON (TRACES)</source>
        <translation>Exporter un GeoJSON prêt pour l&apos;UE (TRACES)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Writes GeoJSON for the EU Information System: only ProducerName, ProducerCountry, ProductionPlace and Area; coordinates truncated to 6 decimals, as the EU system stores them; lon/lat; GeometryCollections as they are. Each file is one bundle: what one Due Diligence Statement can carry (under 25 MB both as written and base64-encoded, at most 1,000 producers of the commodity); the summary says which limit closed each file. A feature with preflight errors refuses the export (nothing is written; the message names it) unless INCLUDE_ERRORS. Features written without ProducerCountry are warned about: map it with COUNTRY_FIELD.</source>
        <translation>Écrit du GeoJSON pour le système d&apos;information de l&apos;UE : seulement ProducerName, ProducerCountry, ProductionPlace et Area ; coordonnées tronquées à 6 décimales, comme le système de l&apos;UE les stocke ; lon/lat ; GeometryCollections telles quelles. Chaque fichier est un lot : ce qu&apos;une déclaration de diligence raisonnée peut contenir (moins de 25 Mo tel qu&apos;écrit et encodé en base64, au plus 1 000 producteurs du produit de base) ; le résumé indique quelle limite a clos chaque fichier. Une entité avec des erreurs de prévérification bloque l&apos;export (rien n&apos;est écrit ; le message la nomme), sauf avec INCLUDE_ERRORS. Les entités écrites sans ProducerCountry font l&apos;objet d&apos;un avertissement : associez-le avec COUNTRY_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProducerName from</source>
        <translation>ProducerName depuis</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProducerCountry from</source>
        <translation>ProducerCountry depuis</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProductionPlace from</source>
        <translation>ProductionPlace depuis</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area from</source>
        <translation>Area depuis</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Include features with errors</source>
        <translation>Inclure les entités avec des erreurs</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>File name prefix</source>
        <translation>Préfixe des noms de fichiers</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>What went where (JSON)</source>
        <translation>Répartition (JSON)</translation>
    </message>
</context>
<context>
    <name>FacilityCard</name>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>Untitled source</source>
        <translation>Source sans titre</translation>
    </message>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>Risk signal: {signal}; relevance: {relevance}</source>
        <translation>Signal de risque : {signal} ; pertinence : {relevance}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{first}; {second}</source>
        <translation>{first} ; {second}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No commodity presence</source>
        <translation>Produit de base absent</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Low commodity presence</source>
        <translation>Faible présence du produit de base</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No POI nearby</source>
        <translation>Aucun POI à proximité</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No building presence</source>
        <translation>Aucun bâtiment</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No road access</source>
        <translation>Pas d&apos;accès routier</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>High building density (urban)</source>
        <translation>Forte densité de bâtiments (urbain)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Deforestation nearby</source>
        <translation>Déforestation à proximité</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Check a facility here</source>
        <translation>Vérifier un site ici</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Pick on the map</source>
        <translation>Choisir sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Click a point on the map: Epoch validates it as a facility with the commodity and facility options above.</source>
        <translation>Cliquez sur un point de la carte : Epoch le valide comme site avec les options de produit de base et de site ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>or type longitude, latitude (WGS 84)</source>
        <translation>ou saisissez longitude, latitude (WGS 84)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Check</source>
        <translation>Vérifier le site</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Include deforestation within 50 km</source>
        <translation>Inclure la déforestation (rayon de 50 km)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Click the facility on the map.</source>
        <translation>Cliquez sur le site sur la carte.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Type the point as longitude, latitude in WGS 84 degrees, e.g. {example}.</source>
        <translation>Saisissez le point comme longitude, latitude en degrés WGS 84, par ex. {example}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>A check is running: wait for its answer.</source>
        <translation>Une vérification est en cours : attendez sa réponse.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Checking the facility at {point} ...</source>
        <translation>Vérification du site à {point} ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Checking a facility</source>
        <translation>Vérification d&apos;un site</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{name} — score {score}, {level}</source>
        <translation>{name} — score {score}, {level}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Penalties (from 1.00):</source>
        <translation>Pénalités (à partir de 1,00) :</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No penalty: every scored signal is present.</source>
        <translation>Aucune pénalité : chaque signal noté est présent.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Warning: {text}</source>
        <translation>Avertissement : {text}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Legality sources (Article 10): not asked (tick an Article 10 check above).</source>
        <translation>Sources de légalité (article 10) : non demandées (cochez un contrôle article 10 ci-dessus).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Legality risk (Article 10): {level} ({score})</source>
        <translation>Risque de légalité (article 10) : {level} ({score})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{n} source</source>
        <translation>{n} source</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{n} sources</source>
        <translation>{n} sources</translation>
    </message>
    <message>
        <source>Checking the facility at {lon}, {lat} ...</source>
        <translation type="obsolete">Vérification du site à {lon}, {lat} ...</translation>
    </message>
    <message>
        <source>Type the point as longitude, latitude in WGS 84 degrees, e.g. 100.5018, 13.7563.</source>
        <translation type="obsolete">Saisissez le point comme longitude, latitude en degrés WGS 84, par ex. 100.5018, 13.7563.</translation>
    </message>
    <message>
        <source>{id} — score {score}, {level}</source>
        <translation type="obsolete">{id} — score {score}, {level}</translation>
    </message>
    <message>
        <source>Facility checked at {lon}, {lat}: {level} ({score})</source>
        <translation type="obsolete">Site vérifié à {lon}, {lat} : {level} ({score})</translation>
    </message>
    <message>
        <source>{n} legality source</source>
        <translation type="obsolete">{n} source de légalité</translation>
    </message>
    <message>
        <source>{n} legality sources</source>
        <translation type="obsolete">{n} sources de légalité</translation>
    </message>
    <message>
        <source>{n} check kept</source>
        <translation type="obsolete">{n} vérification conservée</translation>
    </message>
    <message>
        <source>{n} checks kept</source>
        <translation type="obsolete">{n} vérifications conservées</translation>
    </message>
    <message>
        <source>Checking the facility at {lon:.5f}, {lat:.5f} ...</source>
        <translation type="obsolete">Vérification du site à {lon:.5f}, {lat:.5f} ...</translation>
    </message>
    <message>
        <source>Legality risk (Article 10): {level} ({score}); {n} source(s)</source>
        <translation type="obsolete">Risque de légalité (article 10) : {level} ({score}) ; source(s) : {n}</translation>
    </message>
    <message>
        <source>Legality sources (Article 10): not asked (tick &apos;Legality sources&apos; above).</source>
        <translation type="obsolete">Sources de légalité (article 10) : non demandées (cochez « Sources de légalité » ci-dessus).</translation>
    </message>
</context>
<context>
    <name>FacilityChecks</name>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{point} is outside the world&apos;s coordinates (longitude -180 to 180, latitude -90 to 90): click on land, or type longitude, latitude in WGS 84.</source>
        <translation>{point} est hors des coordonnées du globe (longitude -180 à 180, latitude -90 à 90) : cliquez sur la terre ferme, ou saisissez longitude, latitude en WGS 84.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{point} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation>{point} est en mer (aucun pays à cet endroit sur la carte du monde) : un site est sur la terre ferme. Cliquez sur l&apos;emplacement du site.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>The map has no coordinate reference system: set the project&apos;s CRS first.</source>
        <translation>La carte n&apos;a pas de système de coordonnées de référence : définissez d&apos;abord le SCR du projet.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>This point cannot be placed on the globe from {crs}: click inside the map&apos;s valid area.</source>
        <translation>Ce point ne peut pas être placé sur le globe depuis {crs} : cliquez dans la zone valide de la carte.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Facility checked at {point}: {level} ({score})</source>
        <translation>Site vérifié à {point} : {level} ({score})</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} legality source</source>
        <translation>{n} source de légalité</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} legality sources</source>
        <translation>{n} sources de légalité</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} check kept</source>
        <translation>{n} vérification conservée</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} checks kept</source>
        <translation>{n} vérifications conservées</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>The server answered without a result for {lon:.5f}, {lat:.5f}; nothing was kept.</source>
        <translation>Le serveur a répondu sans résultat pour {lon:.5f}, {lat:.5f} ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Checked facilities: legality sources</source>
        <translation>Sites vérifiés : sources de légalité</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Checked facilities</source>
        <translation>Sites vérifiés</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Legality sources of the checked facility</source>
        <translation>Sources de légalité du site vérifié</translation>
    </message>
    <message>
        <source>{lon}, {lat} is outside the world&apos;s coordinates (longitude -180 to 180, latitude -90 to 90): click on land, or type longitude, latitude in WGS 84.</source>
        <translation type="obsolete">{lon}, {lat} est hors des coordonnées du globe (longitude -180 à 180, latitude -90 à 90) : cliquez sur la terre ferme, ou saisissez longitude, latitude en WGS 84.</translation>
    </message>
    <message>
        <source>{lon}, {lat} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation type="obsolete">{lon}, {lat} est en mer (aucun pays à cet endroit sur la carte du monde) : un site est sur la terre ferme. Cliquez sur l&apos;emplacement du site.</translation>
    </message>
    <message>
        <source>Facility checked at {lon}, {lat}: {level} ({score})</source>
        <translation type="obsolete">Site vérifié à {lon}, {lat} : {level} ({score})</translation>
    </message>
    <message>
        <source>{lon:.5f}, {lat:.5f} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation type="obsolete">{lon:.5f}, {lat:.5f} est en mer (aucun pays à cet endroit sur la carte du monde) : un site est sur la terre ferme. Cliquez sur l&apos;emplacement du site.</translation>
    </message>
    <message>
        <source>Facility checked at {lon:.5f}, {lat:.5f}: {level} ({score})</source>
        <translation type="obsolete">Site vérifié à {lon:.5f}, {lat:.5f} : {level} ({score})</translation>
    </message>
    <message>
        <source>{n} legality source(s)</source>
        <translation type="obsolete">{n} source(s) de légalité</translation>
    </message>
    <message>
        <source>{n} check(s) kept</source>
        <translation type="obsolete">{n} vérification(s) conservée(s)</translation>
    </message>
</context>
<context>
    <name>FacilitySources</name>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>Article 10 sources of {facility}:</source>
        <translation>Sources article 10 de {facility} :</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>No Article 10 source found for {facility}.</source>
        <translation>Aucune source article 10 trouvée pour {facility}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>this facility</source>
        <translation>ce site</translation>
    </message>
</context>
<context>
    <name>FetchAssessments</name>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Fetch producer assessments</source>
        <translation>Charger les évaluations des producteurs</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Loads every supply-shed and direct-plot assessment (stat_type=all, table_extension=eudr) with the dashboard&apos;s verdicts: status, status_key, assessment_type, nc_percent, risk_rank. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31. With KEEP_SNAPSHOT, the load is also kept as a snapshot in the output GeoPackage, for compare_assessments.</source>
        <translation>Charge toutes les évaluations de bassins d&apos;approvisionnement et de parcelles directes (stat_type=all, table_extension=eudr) avec les verdicts du tableau de bord : status, status_key, assessment_type, nc_percent, risk_rank. MONITORING_START / MONITORING_END (AAAA-MM-JJ) bornent la déforestation comptée ; le début est par défaut la date butoir du RDUE, le 2020-12-31. Avec KEEP_SNAPSHOT, le chargement est aussi conservé comme instantané dans le GeoPackage de sortie, pour compare_assessments.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Maximum rows</source>
        <translation>Nombre maximal de lignes</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Commodity filter</source>
        <translation>Filtre de produit de base</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Country filter</source>
        <translation>Filtre de pays</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producer (company) filter</source>
        <translation>Filtre de producteur (entreprise)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Keep this load as a snapshot (for compare_assessments)</source>
        <translation>Conserver ce chargement comme instantané (pour compare_assessments)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producers per status</source>
        <translation>Producteurs par statut</translation>
    </message>
</context>
<context>
    <name>FetchPlots</name>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>{count} of {collection} written</source>
        <translation>Écriture terminée : {count} de {collection}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>&apos;{producer}&apos; (collection {id}) has no plots: it is Not Assessable ({reason}), so Epoch checked none.</source>
        <translation>« {producer} » (collection {id}) n&apos;a pas de parcelles : il est non évaluable ({reason}), Epoch n&apos;en a donc vérifié aucune.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Fetch plots of a collection (drill-down)</source>
        <translation>Charger les parcelles d&apos;une collection (détail)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Loads the plots of one assessed collection with their deforestation figures and a binary status: Non-Compliant above 0.5 ha of post-2020 loss, else Compliant (Data Error, with the reason in data_error, when the area is not a number). No more than LIMIT plots are read. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31. A collection the server does not know, or a Not Assessable one without plots, is refused before anything is written.</source>
        <translation>Charge les parcelles d&apos;une collection évaluée avec leurs chiffres de déforestation et un statut binaire : non conforme au-delà de 0,5 ha de perte postérieure à 2020, sinon conforme (erreur de données, avec le motif dans data_error, quand la surface n&apos;est pas un nombre). Au plus LIMIT parcelles sont lues. MONITORING_START / MONITORING_END (AAAA-MM-JJ) bornent la déforestation comptée ; le début est par défaut la date butoir du RDUE, le 2020-12-31. Une collection inconnue du serveur, ou non évaluable et sans parcelles, est refusée avant toute écriture.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Collection id</source>
        <translation>Identifiant de collection</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Maximum plots</source>
        <translation>Nombre maximal de parcelles</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
</context>
<context>
    <name>FieldAliases</name>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Commodity</source>
        <translation>Produit de base</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Admin 1</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC Plots</source>
        <translation>Parcelles NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Article 10</source>
        <translation>Article 10</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Status key</source>
        <translation>Clé de statut</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk rank</source>
        <translation>Rang de risque</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Skip reason</source>
        <translation>Motif d&apos;omission</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Locations confidence</source>
        <translation>Confiance des localisations</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC area (ha)</source>
        <translation>Surface NC (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC area fraction</source>
        <translation>Part de surface NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC rate</source>
        <translation>Taux NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Supply shed (ha)</source>
        <translation>Bassin d&apos;approvisionnement (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Stat type</source>
        <translation>Type de statistique</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Supplier ID</source>
        <translation>ID du fournisseur</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Facility location</source>
        <translation>Emplacement du site</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Metadata (JSON)</source>
        <translation>Métadonnées (JSON)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Data error</source>
        <translation>Erreur de données</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>EU country risk</source>
        <translation>Risque pays UE</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>EU check %</source>
        <translation>% contrôles UE</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plot</source>
        <translation>Parcelle</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Area (ha)</source>
        <translation>Surface (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Loss from</source>
        <translation>Perte du</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Loss to</source>
        <translation>Perte au</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Second opinion</source>
        <translation>Second avis</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Second opinion score</source>
        <translation>Score du second avis</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country</source>
        <translation>2e avis : pays</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: forest loss</source>
        <translation>2e avis : perte de forêt</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert</source>
        <translation>2e avis : alerte</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert area</source>
        <translation>2e avis : surface d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: uncertainty</source>
        <translation>2e avis : incertitude</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: forest loss %</source>
        <translation>2e avis : % perte de forêt</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert date</source>
        <translation>2e avis : date d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country code</source>
        <translation>2e avis : code pays</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country risk</source>
        <translation>2e avis : risque pays</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country from</source>
        <translation>2e avis : source du pays</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: reasons</source>
        <translation>2e avis : motifs</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Epoch and 2nd opinion disagree</source>
        <translation>Epoch et le 2e avis divergent</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Facility ID</source>
        <translation>ID du site</translation>
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
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Comm. Presence</source>
        <translation>Présence produit</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>POI</source>
        <translation>POI</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Road</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>High Density</source>
        <translation>Forte densité</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Producer Name</source>
        <translation>Nom du producteur</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Deforestation (ha)</source>
        <translation>Déforestation (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Recomputed score</source>
        <translation>Score recalculé</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Recomputed level</source>
        <translation>Niveau recalculé</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No commodity presence</source>
        <translation>Pénalité : produit de base absent</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: Low commodity presence</source>
        <translation>Pénalité : faible présence du produit de base</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No POI nearby</source>
        <translation>Pénalité : aucun POI à proximité</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No building presence</source>
        <translation>Pénalité : aucun bâtiment</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No road access</source>
        <translation>Pénalité : pas d&apos;accès routier</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: High building density (urban)</source>
        <translation>Pénalité : forte densité de bâtiments (urbain)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: Deforestation nearby</source>
        <translation>Pénalité : déforestation à proximité</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Source feature</source>
        <translation>Entité source</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Protected area</source>
        <translation>Aire protégée</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Checked at (UTC)</source>
        <translation>Vérifié le (UTC)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Commodity radius (m)</source>
        <translation>Rayon du produit de base (m)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Options sent (JSON)</source>
        <translation>Options envoyées (JSON)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality risk score</source>
        <translation>Score de risque de légalité</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality risk</source>
        <translation>Risque de légalité</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality summary</source>
        <translation>Résumé de légalité</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality sources</source>
        <translation>Sources de légalité</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Safe link</source>
        <translation>Lien sûr</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Snippet</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk signal</source>
        <translation>Signal de risque</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Sandbox data</source>
        <translation>Données du bac à sable</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Non-compliant area (ha)</source>
        <translation>Surface non conforme (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Location type</source>
        <translation>Type de localisation</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plot index</source>
        <translation>Rang de la parcelle</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Area source</source>
        <translation>Source de la superficie</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Data note</source>
        <translation>Note sur les données</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>The declared commodity</source>
        <translation>Le produit de base déclaré</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Another crop</source>
        <translation>Une autre culture</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Forest</source>
        <translation>Forêt</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Recently cleared (stumps, burning)</source>
        <translation>Défriché récemment (souches, brûlis)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Regrowth / fallow</source>
        <translation>Recrû / jachère</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Pasture or grassland</source>
        <translation>Pâturage ou prairie</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Buildings or roads</source>
        <translation>Bâtiments ou routes</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Could not reach the plot</source>
        <translation>Parcelle inaccessible</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Other (see notes)</source>
        <translation>Autre (voir notes)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Plot</source>
        <translation>Parcelle</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch plot ID</source>
        <translation>ID de parcelle Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Plot UUID</source>
        <translation>UUID de la parcelle</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Commodity</source>
        <translation>Produit de base</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Why visit</source>
        <translation>Motif de la visite</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch status</source>
        <translation>Statut Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Second opinion</source>
        <translation>Second avis</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Area (ha)</source>
        <translation>Surface (ha)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Deforested after 2020 (ha)</source>
        <translation>Déboisé après 2020 (ha)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Alert from</source>
        <translation>Alerte du</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Alert to</source>
        <translation>Alerte au</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Visit date</source>
        <translation>Date de visite</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Observed land use</source>
        <translation>Occupation du sol observée</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Deforestation seen</source>
        <translation>Déforestation constatée</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch EUDR field checks</source>
        <translation>Contrôles de terrain Epoch EUDR</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Field checks (plots to visit)</source>
        <translation>Contrôles de terrain (parcelles à visiter)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>All plots</source>
        <translation>Toutes les parcelles</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Assessment outlines</source>
        <translation>Contours des évaluations</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Facilities</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Could not write the QField project {file}: {error}</source>
        <translation>Impossible d&apos;écrire le projet QField {file} : {error}</translation>
    </message>
    <message>
        <source>Supply-shed outlines</source>
        <translation type="obsolete">Contours des bassins d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Could not build the style of &apos;{layer}&apos;: {error}</source>
        <translation type="obsolete">Impossible de construire le style de « {layer} » : {error}</translation>
    </message>
</context>
<context>
    <name>FieldReport</name>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>{n} producer assessment to report on</source>
        <translation>{n} évaluation de producteur dans le rapport</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>{n} producer assessments to report on</source>
        <translation>{n} évaluations de producteurs dans le rapport</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>FILTER {expression} is not a valid expression: {error}.</source>
        <translation>FILTER {expression} n&apos;est pas une expression valide : {error}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>FILTER {expression} names {missing}, which &apos;{layer}&apos; does not have. Its fields: {fields}.</source>
        <translation>FILTER {expression} cite {missing}, que « {layer} » ne contient pas. Ses champs : {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report (PDF) and QField copy</source>
        <translation>Rapport de terrain (PDF) et copie QField</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>A PDF for a field team, built with a print layout and an atlas: one section per producer assessment (the rows of ASSESSMENTS: selected only, and/or those FILTER keeps), most severe status first. Each section has a map of the plots coloured by Epoch&apos;s status with the supply-shed outline, the facility, a scale bar, a north arrow, a grid in degrees and a locator map of the country (no basemap: it works offline); a legend with the counts; the producer&apos;s status, EU country risk, Article 10 risk, assessment date and data source (sandbox data is said to be synthetic); and a table of the plots to visit (Epoch Non-Compliant, or not Compliant in the second opinion) with area, deforested hectares, alert dates and the centroid&apos;s latitude and longitude (6 decimals), numbered as on the map. Pages are numbered. The plots come from DRILLDOWNS (a GeoPackage holding drill-downs: the dock&apos;s results file, fetch_plots outputs) when it has them, else from the server (SERVER, AUTHCFG). With OUTPUT_FOLDER, that folder also gets &lt;name&gt;.gpkg (the report&apos;s layers and a field_checks layer of the plots to visit, with edit widgets for visit date, observed land use, deforestation seen, photo and notes) and &lt;name&gt;.qgz opening it by a relative path, ready for QFieldSync; what was filled in an earlier field_checks there is kept.</source>
        <translation>Un PDF pour une équipe de terrain, construit avec une mise en page et un atlas : une section par évaluation de producteur (les lignes de ASSESSMENTS : sélection seule et/ou celles que FILTER retient), le statut le plus grave d&apos;abord. Chaque section comporte une carte des parcelles colorées selon le statut Epoch avec le contour du bassin d&apos;approvisionnement, le site, une échelle, une flèche du nord, une grille en degrés et une carte de situation du pays (sans fond de carte : fonctionne hors ligne) ; une légende avec les effectifs ; le statut du producteur, le risque pays de l&apos;UE, le risque article 10, la date d&apos;évaluation et la source des données (les données du bac à sable sont signalées comme synthétiques) ; et un tableau des parcelles à visiter (non conformes selon Epoch, ou non conformes selon le second avis) avec la surface, les hectares déboisés, les dates d&apos;alerte et la latitude et la longitude du centroïde (6 décimales), numérotées comme sur la carte. Les pages sont numérotées. Les parcelles proviennent de DRILLDOWNS (un GeoPackage contenant des détails : le fichier de résultats du panneau, des sorties de fetch_plots) s&apos;il les contient, sinon du serveur (SERVER, AUTHCFG). Avec OUTPUT_FOLDER, ce dossier reçoit aussi &lt;name&gt;.gpkg (les couches du rapport et une couche field_checks des parcelles à visiter, avec des widgets de saisie pour la date de visite, l&apos;occupation du sol observée, la déforestation constatée, une photo et des notes) et &lt;name&gt;.qgz qui l&apos;ouvre par un chemin relatif, prêt pour QFieldSync ; ce qui a été saisi dans une couche field_checks antérieure y est conservé.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer assessments</source>
        <translation>Évaluations des producteurs</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Selected producers only</source>
        <translation>Producteurs sélectionnés uniquement</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Only the producers this expression keeps</source>
        <translation>Seulement les producteurs retenus par cette expression</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>GeoPackage with saved drill-downs (read offline)</source>
        <translation>GeoPackage avec les détails enregistrés (lu hors ligne)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Maximum plots per producer fetched</source>
        <translation>Nombre maximal de parcelles chargées par producteur</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report</source>
        <translation>Rapport de terrain</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField copy (folder)</source>
        <translation>Copie QField (dossier)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField project</source>
        <translation>Projet QField</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer sections</source>
        <translation>Sections de producteurs</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Plots to visit</source>
        <translation>Parcelles à visiter</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>No assessments layer.</source>
        <translation>Aucune couche d&apos;évaluations.</translation>
    </message>
    <message>
        <source>{n} producer assessment(s) to report on</source>
        <translation type="obsolete">{n} évaluation(s) de producteurs dans le rapport</translation>
    </message>
</context>
<context>
    <name>GeoPackageWriter</name>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>Cannot write in {folder}: {error}. Choose another folder.</source>
        <translation>Impossible d&apos;écrire dans {folder} : {error}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>The disk holding {folder} ({disk}) is full ({free} free): {file} was left as it was. Free some space there or choose a folder on another disk, then run again.</source>
        <translation>Le disque de {folder} ({disk}) est plein ({free} libres) : {file} n&apos;a pas été modifié. Libérez de l&apos;espace ou choisissez un dossier sur un autre disque, puis relancez.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{file} is locked by another program; it is open in {programs}. Close it there (or save or discard its edits), then run again: the file was left as it was.</source>
        <translation>{file} est verrouillé par un autre programme ; il est ouvert dans {programs}. Fermez-le dans celui-ci (ou enregistrez ou annulez ses modifications), puis relancez : le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{file} is locked by another program: close it there and run again.</source>
        <translation>{file} est verrouillé par un autre programme : fermez-le dans celui-ci et relancez.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>Could not write layer &apos;{layer}&apos; to {file}: {error}</source>
        <translation>Impossible d&apos;écrire la couche « {layer} » dans {file} : {error}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{program} (process {pid})</source>
        <translation>{program} (processus {pid})</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>this QGIS (process {pid})</source>
        <translation>ce QGIS (processus {pid})</translation>
    </message>
</context>
<context>
    <name>Geocoding</name>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{first}; {second}</source>
        <translation>{first} ; {second}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Choose the CSV or XLSX file of addresses to geocode.</source>
        <translation>Choisissez le fichier CSV ou XLSX des adresses à géocoder.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{name}: geocoding takes a CSV or XLSX file of addresses (one row per facility); this file is neither.</source>
        <translation>{name} : le géocodage attend un fichier CSV ou XLSX d&apos;adresses (une ligne par site) ; ce fichier n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{name}: the file does not exist (moved or deleted?).</source>
        <translation>{name} : le fichier n&apos;existe pas (déplacé ou supprimé ?).</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>the server&apos;s answer left it out</source>
        <translation>la réponse du serveur l&apos;a omise</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>the server says: “{reason}”</source>
        <translation>le serveur indique : « {reason} »</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>no place found</source>
        <translation>aucun lieu trouvé</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>row {row} ({name}): {why}</source>
        <translation>ligne {row} ({name}) : {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>row {row}: {why}</source>
        <translation>ligne {row} : {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>and {n} more row (see the layer&apos;s preview_status column)</source>
        <translation>et {n} ligne de plus (voir la colonne preview_status de la couche)</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>and {n} more rows (see the layer&apos;s preview_status column)</source>
        <translation>et {n} lignes de plus (voir la colonne preview_status de la couche)</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Not geocoded: {rows}. This row is in the layer without a point: fix its address in the file and preview again, or place it by hand.</source>
        <translation>Non géocodée : {rows}. Cette ligne figure dans la couche sans point : corrigez son adresse dans le fichier et relancez l&apos;aperçu, ou placez-la à la main.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Not geocoded: {rows}. These rows are in the layer without a point: fix their address in the file and preview again, or place them by hand.</source>
        <translation>Non géocodées : {rows}. Ces lignes figurent dans la couche sans point : corrigez leur adresse dans le fichier et relancez l&apos;aperçu, ou placez-les à la main.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{placed} of {total} row geocoded: check the point (move it if it is wrong) before screening this layer.</source>
        <translation>Ligne géocodée : {placed} sur {total} ; vérifiez le point (déplacez-le s&apos;il est faux) avant d&apos;analyser cette couche.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{placed} of {total} rows geocoded: check the points (move any that is wrong) before screening this layer.</source>
        <translation>Lignes géocodées : {placed} sur {total} ; vérifiez les points (déplacez ceux qui sont faux) avant d&apos;analyser cette couche.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>placed</source>
        <translation>placé</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>not placed</source>
        <translation>non placé</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoding</source>
        <translation>Géocodage</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Row in the file</source>
        <translation>Ligne du fichier</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoding note</source>
        <translation>Note de géocodage</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoded: {file}</source>
        <translation>Géocodé : {file}</translation>
    </message>
    <message>
        <source>the server says: {reason}</source>
        <translation type="obsolete">le serveur indique : {reason}</translation>
    </message>
    <message>
        <source>and {n} more (see the layer&apos;s preview_status column)</source>
        <translation type="obsolete">et {n} de plus (voir la colonne preview_status de la couche)</translation>
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
        <translation>« {name} » en « {column} »</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{names} and {n} more</source>
        <translation>{names} et {n} autres</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} property name renamed for the GeoPackage: {names}</source>
        <translation>{n} nom de propriété renommé pour le GeoPackage : {names}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} property names renamed for the GeoPackage: {names}</source>
        <translation>{n} noms de propriété renommés pour le GeoPackage : {names}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} more property name not kept (a layer holds at most {limit} columns)</source>
        <translation>{n} nom de propriété de plus non conservé (une couche compte au plus {limit} colonnes)</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} more property names not kept (a layer holds at most {limit} columns)</source>
        <translation>{n} noms de propriété de plus non conservés (une couche compte au plus {limit} colonnes)</translation>
    </message>
</context>
<context>
    <name>JobWatcher</name>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>log in to check the submitted jobs</source>
        <translation>connectez-vous pour vérifier les travaux soumis</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Checking submitted collections</source>
        <translation>Vérification des collections soumises</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Load assessments</source>
        <translation>Charger les évaluations</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Results of {name} are ready.</source>
        <translation>Les résultats de {name} sont prêts.</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>{names} and {n} other collection</source>
        <translation>{names} et {n} autre collection</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>{names} and {n} other collections</source>
        <translation>{names} et {n} autres collections</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Results of {count} collections are ready: {names}.</source>
        <translation>Les résultats de {count} collections sont prêts : {names}.</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation type="obsolete">{names} et {n} autres</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it was cut short</source>
        <translation>il est tronqué</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it is not a list of jobs</source>
        <translation>ce n&apos;est pas une liste de travaux</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>some records are unreadable</source>
        <translation>certains enregistrements sont illisibles</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} job still readable in it.</source>
        <translation>Le fichier des travaux soumis n&apos;a pas pu être lu entièrement ({why}) : il a été conservé sous {kept}, et une nouvelle liste a été commencée avec le travail encore lisible ({n}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} jobs still readable in it.</source>
        <translation>Le fichier des travaux soumis n&apos;a pas pu être lu entièrement ({why}) : il a été conservé sous {kept}, et une nouvelle liste a été commencée avec les travaux encore lisibles ({n}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>Cannot save the submitted jobs in {path}: {reason}</source>
        <translation>Impossible d&apos;enregistrer les travaux soumis dans {path} : {reason}</translation>
    </message>
    <message>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} job(s) still readable in it.</source>
        <translation type="obsolete">Le fichier des travaux soumis n&apos;a pas pu être lu entièrement ({why}) : il a été conservé sous {kept}, et une nouvelle liste a été commencée avec les travaux encore lisibles ({n}).</translation>
    </message>
</context>
<context>
    <name>LayerFeatures</name>
    <message>
        <location filename="../layers/inputs/features.py"/>
        <source>Cannot open the layer {layer} of {path}: load it again.</source>
        <translation>Impossible d&apos;ouvrir la couche {layer} de {path} : chargez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/features.py"/>
        <source>The filter of {layer} cannot be read ({error}): clear it and try again.</source>
        <translation>Le filtre de {layer} ne peut pas être lu ({error}) : effacez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>LayerJoin</name>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>These results have no source feature ids; screen the layer again to join them.</source>
        <translation>Ces résultats n&apos;ont pas d&apos;identifiants d&apos;entités source ; analysez de nouveau la couche pour les joindre.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS refused to add the feature id field to &apos;{layer}&apos;.</source>
        <translation>QGIS a refusé d&apos;ajouter le champ d&apos;identifiant d&apos;entité à « {layer} ».</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>{layer} (joined)</source>
        <translation>{layer} (jointure)</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS could not open the results of &apos;{layer}&apos; again to join them.</source>
        <translation>QGIS n&apos;a pas pu rouvrir les résultats de « {layer} » pour les joindre.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS refused to join the results to &apos;{layer}&apos;.</source>
        <translation>QGIS a refusé de joindre les résultats à « {layer} ».</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>Could not read the fields {fields} of &apos;{layer}&apos; ({path}) with GDAL; nothing was written.</source>
        <translation>Impossible de lire les champs {fields} de « {layer} » ({path}) avec GDAL ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>LayerPreflight</name>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; {n} feature written fixed (checked again: {after})</source>
        <translation> ; {n} entité écrite corrigée (vérifiée à nouveau : {after})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; {n} features written fixed (checked again: {after})</source>
        <translation> ; entités écrites corrigées : {n} (vérifiées à nouveau : {after})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source> (most frequent: {codes})</source>
        <translation> (les plus fréquents : {codes})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{errors}, {warnings}, {ok}</source>
        <translation>{errors}, {warnings}, {ok}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} error</source>
        <translation>{n} erreur</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} warning</source>
        <translation>{n} avertissement</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} feature OK</source>
        <translation>{n} entité correcte</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} features OK</source>
        <translation>{n} entités correctes</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table without geometry: the check before upload tests plot and facility geometries against the EU rules, so there is nothing to check. Open the file with its coordinate columns as points (Layer &gt; Add Layer &gt; Add Delimited Text Layer, X and Y fields), or screen the table as facility addresses to geocode.</source>
        <translation>« {layer} » est une table sans géométrie : la vérification avant envoi contrôle les géométries des parcelles et des sites selon les règles de l&apos;UE, il n&apos;y a donc rien à vérifier. Ouvrez le fichier avec ses colonnes de coordonnées comme points (Couche &gt; Ajouter une couche &gt; Ajouter une couche de texte délimité, champs X et Y), ou analysez la table comme adresses de sites à géocoder.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: give both the latitude and the longitude column (columns: {fields}){unknown}.</source>
        <translation>« {layer} » : indiquez à la fois la colonne de latitude et celle de longitude (colonnes : {fields}){unknown}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; no column {name}</source>
        <translation> ; aucune colonne {name}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table: its columns {columns} may hold the coordinates, but which are the latitude and the longitude is not clear: choose them (LATITUDE_FIELD and LONGITUDE_FIELD in Processing).</source>
        <translation>« {layer} » est une table : ses colonnes {columns} peuvent contenir les coordonnées, mais on ne sait pas lesquelles sont la latitude et la longitude : choisissez-les (LATITUDE_FIELD et LONGITUDE_FIELD dans Traitement).</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table: its rows are read as points, latitude from &apos;{lat}&apos; and longitude from &apos;{lon}&apos; (decimal degrees, EPSG:4326).</source>
        <translation>« {layer} » est une table : ses lignes sont lues comme des points, la latitude depuis « {lat} » et la longitude depuis « {lon} » (degrés décimaux, EPSG:4326).</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>Fixed: {layer}</source>
        <translation>Corrigé : {layer}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>Preflight: {layer}</source>
        <translation>Prévérification : {layer}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} feature; {why}</source>
        <translation>{n} entité ; {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} features; {why}</source>
        <translation>{n} entités ; {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>no feature</source>
        <translation>aucune entité</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; has no point or polygon to check ({detail}): give the features their plot polygons or points, and check again.</source>
        <translation>« {layer} » n&apos;a aucun point ni polygone à vérifier ({detail}) : donnez aux entités leurs polygones ou points de parcelle, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{title} (points)</source>
        <translation>{title} (points)</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{title} (polygons)</source>
        <translation>{title} (polygones)</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{feature}: {errors}</source>
        <translation>{feature} : {errors}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: {n} feature has errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export it as it is.</source>
        <translation>« {layer} » : {n} entité a des erreurs que le système de l&apos;UE refuse, aucun fichier n&apos;a donc été écrit : {features}{more}. Lancez la prévérification avec FIX et exportez la couche corrigée, ou activez INCLUDE_ERRORS pour l&apos;exporter telle quelle.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: {n} features have errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export them as they are.</source>
        <translation>« {layer} » : {n} entités ont des erreurs que le système de l&apos;UE refuse, aucun fichier n&apos;a donc été écrit : {features}{more}. Lancez la prévérification avec FIX et exportez la couche corrigée, ou activez INCLUDE_ERRORS pour les exporter telles quelles.</translation>
    </message>
    <message>
        <source>{n} ok</source>
        <translation type="obsolete">{n} ok</translation>
    </message>
    <message>
        <source>{n} feature(s); {why}</source>
        <translation type="obsolete">{n} entité(s) ; {why}</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos;: {n} feature(s) have errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export them as they are.</source>
        <translation type="obsolete">« {layer} » : {n} entité(s) avec des erreurs que le système de l&apos;UE refuse, aucun fichier n&apos;a donc été écrit : {features}{more}. Lancez la prévérification avec FIX et exportez la couche corrigée, ou activez INCLUDE_ERRORS pour les exporter telles quelles.</translation>
    </message>
</context>
<context>
    <name>LayerSource</name>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>feature {fid}: {why}</source>
        <translation>entité {fid} : {why}</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>{n} feature not sent ({shown}{more})</source>
        <translation>{n} entité non envoyée ({shown}{more})</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>{n} features not sent ({shown}{more})</source>
        <translation>{n} entités non envoyées ({shown}{more})</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>facilities (addresses)</source>
        <translation>sites (adresses)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>no geometries (choose plots or facilities)</source>
        <translation>aucune géométrie (choisissez parcelles ou sites)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>plots (polygons)</source>
        <translation>parcelles (polygones)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>plots (points)</source>
        <translation>parcelles (points)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>facilities (points)</source>
        <translation>sites (points)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>lines (cannot be screened)</source>
        <translation>lignes (ne peuvent pas être analysées)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>mixed geometries (choose plots or facilities)</source>
        <translation>géométries mixtes (choisissez parcelles ou sites)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; holds lines: only points (facilities) or polygons (plots) can be screened, and points with their Area in hectares as plots of up to 4 ha. Convert the layer first, e.g. polygons from closed lines.</source>
        <translation>« {layer} » contient des lignes : seuls des points (sites) ou des polygones (parcelles) peuvent être analysés, ainsi que des points avec leur Area en hectares comme parcelles de 4 ha au plus. Convertissez d&apos;abord la couche, par ex. en polygones à partir de lignes fermées.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; holds polygons, which are plots, but the location type is facility: change one of them.</source>
        <translation>« {layer} » contient des polygones, qui sont des parcelles, mais le type de localisation est site : changez l&apos;un des deux.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Set it in Layer Properties &gt; Source (Assigned Coordinate Reference System), e.g. EPSG:4326 when the coordinates are longitudes and latitudes in degrees, or the projected CRS they were measured in</source>
        <translation>Définissez-le dans Propriétés de la couche &gt; Source (SCR assigné), par ex. EPSG:4326 quand les coordonnées sont des longitudes et latitudes en degrés, ou le SCR projeté dans lequel elles ont été mesurées</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so its coordinates cannot be placed on Earth and would be sent as if they were degrees. {where}.</source>
        <translation>« {layer} » n&apos;a pas de système de coordonnées de référence (SCR) : ses coordonnées ne peuvent pas être placées sur la Terre et seraient envoyées comme si c&apos;étaient des degrés. {where}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>a local CRS</source>
        <translation>un SCR local</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; uses &apos;{crs}&apos;, a local (engineering) CRS that is not tied to the Earth: its coordinates cannot be converted to longitude/latitude. {where}.</source>
        <translation>« {layer} » utilise « {crs} », un SCR local (technique) non rattaché à la Terre : ses coordonnées ne peuvent pas être converties en longitude/latitude. {where}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is UTF-16 text, which QGIS reads as a broken CSV: {save_as}, and open it again.</source>
        <translation>« {layer} » ({file}) est un texte UTF-16, que QGIS lit comme un CSV corrompu : {save_as}, puis rouvrez-le.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is {encoding} text: read as {encoding}, not as {current}</source>
        <translation>« {layer} » ({file}) est un texte {encoding} : lu en {encoding}, et non en {current}</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Pick a valid vector layer to screen.</source>
        <translation>Choisissez une couche vecteur valide à analyser.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>No feature chosen: tick rows in the results table or select features on the map.</source>
        <translation>Aucune entité choisie : cochez des lignes dans le tableau des résultats ou sélectionnez des entités sur la carte.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no selected features: select some, or untick &apos;Selected features only&apos;.</source>
        <translation>« {layer} » n&apos;a aucune entité sélectionnée : sélectionnez-en, ou décochez « Entités sélectionnées uniquement ».</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>GDAL recognises no vector format in it</source>
        <translation>GDAL n&apos;y reconnaît aucun format vecteur</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>GDAL opens it, but QGIS finds no layer in it</source>
        <translation>GDAL l&apos;ouvre, mais QGIS n&apos;y trouve aucune couche</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has {n} feature and it has no geometry (its &quot;geometry&quot; is null): the file holds no location to check or screen. Give the feature its point or polygon (the plot drawn, or the facility&apos;s coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation>« {layer} » a {n} entité et elle n&apos;a pas de géométrie (sa « geometry » est null) : le fichier ne contient aucune localisation à vérifier ou à analyser. Donnez à l&apos;entité son point ou son polygone (la parcelle dessinée, ou les coordonnées du site) ; une table d&apos;adresses à géocoder s&apos;envoie comme fichier CSV ou XLSX.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has {n} features and not one has a geometry (every &quot;geometry&quot; is null): the file holds no location to check or screen. Give the features their points or polygons (the plots drawn, or the facilities&apos; coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation>« {layer} » a {n} entités et aucune n&apos;a de géométrie (chaque « geometry » est null) : le fichier ne contient aucune localisation à vérifier ou à analyser. Donnez aux entités leurs points ou polygones (les parcelles dessinées, ou les coordonnées des sites) ; une table d&apos;adresses à géocoder s&apos;envoie comme fichier CSV ou XLSX.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Give the features their points or polygons; a table of addresses to geocode goes as a CSV or XLSX file without a geometry column.</source>
        <translation>Donnez aux entités leurs points ou polygones ; une table d&apos;adresses à géocoder s&apos;envoie comme fichier CSV ou XLSX sans colonne de géométrie.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry: {why}.</source>
        <translation>« {layer} » n&apos;a aucune entité avec une géométrie utilisable : {why}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry.</source>
        <translation>« {layer} » n&apos;a aucune entité avec une géométrie utilisable.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no rows to send.</source>
        <translation>« {layer} » n&apos;a aucune ligne à envoyer.</translation>
    </message>
    <message>
        <source>{n} feature(s) not sent ({shown}{more})</source>
        <translation type="obsolete">{n} entité(s) non envoyée(s) ({shown}{more})</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; has {n} feature(s) and not one has a geometry (every &quot;geometry&quot; is null): the file holds no location to check or screen. Give the features their points or polygons (the plots drawn, or the facilities&apos; coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation type="obsolete">« {layer} » a {n} entité(s) et aucune n&apos;a de géométrie (chaque « geometry » est null) : le fichier ne contient aucune localisation à vérifier ou à analyser. Donnez aux entités leurs points ou polygones (les parcelles dessinées, ou les coordonnées des sites) ; une table d&apos;adresses à géocoder s&apos;envoie comme fichier CSV ou XLSX.</translation>
    </message>
</context>
<context>
    <name>LegalityWords</name>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>this facility</source>
        <translation>ce site</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>regional</source>
        <translation>régionale</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>national</source>
        <translation>nationale</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>labour</source>
        <translation>travail</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>deforestation</source>
        <translation>déforestation</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>forest degradation</source>
        <translation>dégradation des forêts</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>land rights</source>
        <translation>droits fonciers</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>indigenous peoples</source>
        <translation>peuples autochtones</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>environmental violation</source>
        <translation>infraction environnementale</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>environmental law</source>
        <translation>droit de l&apos;environnement</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>human rights</source>
        <translation>droits humains</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>corruption</source>
        <translation>corruption</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>governance</source>
        <translation>gouvernance</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>sanctions</source>
        <translation>sanctions</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>enforcement</source>
        <translation>application de la loi</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>supply chain integrity</source>
        <translation>intégrité de la chaîne d&apos;approvisionnement</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>supply chain</source>
        <translation>chaîne d&apos;approvisionnement</translation>
    </message>
</context>
<context>
    <name>MapTips</name>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>: </source>
        <translation> : </translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source> ({share} % checked)</source>
        <translation> ({share} % contrôlés)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>EU country risk</source>
        <translation>Risque pays UE</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Data error</source>
        <translation>Erreur de données</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Data note</source>
        <translation>Note sur les données</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Commodity</source>
        <translation>Produit de base</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>NC plots</source>
        <translation>Parcelles NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Article 10</source>
        <translation>Article 10</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>high-risk country ({share} %)</source>
        <translation>pays à risque élevé ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>standard-risk country ({share} %)</source>
        <translation>pays à risque standard ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>low-risk country ({share} %)</source>
        <translation>pays à faible risque ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Check sample #{order}</source>
        <translation>Échantillon de contrôle n° {order}</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>unknown country, checked as standard ({share} %)</source>
        <translation>pays inconnu, contrôlé comme à risque standard ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>random pick (seed {seed}); </source>
        <translation>tirage au hasard (graine {seed}) ; </translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>the producer, all its assessments: {status} at worst, {plots} NC plot in all</source>
        <translation>le producteur, toutes ses évaluations : au pire {status}, {plots} parcelle NC au total</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>the producer, all its assessments: {status} at worst, {plots} NC plots in all</source>
        <translation>le producteur, toutes ses évaluations : au pire {status}, {plots} parcelles NC au total</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>, up to {percent} % of an assessment&apos;s area non-compliant</source>
        <translation>, jusqu&apos;à {percent} % de la surface d&apos;une évaluation non conforme</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{position} of {required} to check among {population} producer</source>
        <translation>rang {position} sur {required} à contrôler parmi {population} producteur</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{position} of {required} to check among {population} producers</source>
        <translation>rang {position} sur {required} à contrôler parmi {population} producteurs</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Area (ha)</source>
        <translation>Surface (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Deforested (ha)</source>
        <translation>Déboisé (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{verdict} (score {score})</source>
        <translation>{verdict} (score {score})</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Second opinion</source>
        <translation>Second avis</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Its parts</source>
        <translation>Ses composantes</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Commodity presence</source>
        <translation>Présence du produit de base</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>POI nearby</source>
        <translation>POI à proximité</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Building presence</source>
        <translation>Présence de bâtiments</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Road access</source>
        <translation>Accès routier</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>High building density (urban)</source>
        <translation>Forte densité de bâtiments (urbain)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Deforestation nearby (ha)</source>
        <translation>Déforestation à proximité (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{value} (penalty {penalty})</source>
        <translation>{value} (pénalité {penalty})</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Legality risk</source>
        <translation>Risque de légalité</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Legality summary</source>
        <translation>Résumé de légalité</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>no problem found</source>
        <translation>aucun problème relevé</translation>
    </message>
    <message>
        <source>; {position} of {required} to check among {population} producer(s)</source>
        <translation type="obsolete"> ; rang {position} sur {required} à contrôler parmi {population} producteur(s)</translation>
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
        <translation>Suivi à partir du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>First day of the monitoring window, YYYY-MM-DD. Default {cutoff}, the EUDR cut-off date: forest lost after it makes a product non-compliant. Empty: the server&apos;s default.</source>
        <translation>Premier jour de la période de suivi, AAAA-MM-JJ. Par défaut {cutoff}, la date butoir du RDUE : une forêt perdue après cette date rend un produit non conforme. Vide : la valeur par défaut du serveur.</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Monitoring until (YYYY-MM-DD, optional)</source>
        <translation>Suivi jusqu&apos;au (AAAA-MM-JJ, facultatif)</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Last day of the monitoring window, YYYY-MM-DD. Empty: up to the latest data.</source>
        <translation>Dernier jour de la période de suivi, AAAA-MM-JJ. Vide : jusqu&apos;aux données les plus récentes.</translation>
    </message>
</context>
<context>
    <name>NotSent</name>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>split it with Vector &gt; Geometry Tools &gt; Multipart to Singleparts</source>
        <translation>divisez-la avec Vecteur &gt; Outils de géométrie &gt; De morceaux multiples à morceaux uniques</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>no geometry</source>
        <translation>aucune géométrie</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>empty geometry</source>
        <translation>géométrie vide</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a line: only points and polygons can be screened</source>
        <translation>une ligne : seuls les points et les polygones peuvent être analysés</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>an empty geometry collection</source>
        <translation>une collection de géométries vide</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a geometry collection holding lines: only points and polygons can be screened ({hint})</source>
        <translation>une collection de géométries contenant des lignes : seuls les points et les polygones peuvent être analysés ({hint})</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a geometry collection mixing points and polygons: {hint}, then screen each kind</source>
        <translation>une collection de géométries mêlant points et polygones : {hint}, puis analysez chaque type</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a polygon: facilities are points (screen polygons as plots)</source>
        <translation>un polygone : les sites sont des points (analysez les polygones comme parcelles)</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>cannot be reprojected to EPSG:4326 ({error})</source>
        <translation>ne peut pas être reprojetée en EPSG:4326 ({error})</translation>
    </message>
</context>
<context>
    <name>OfflineAlgorithms</name>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>ProducerName from the field &apos;{field}&apos; (PRODUCER_NAME_FIELD chooses another).</source>
        <translation>ProducerName depuis le champ « {field} » (PRODUCER_NAME_FIELD en choisit un autre).</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature without geometry left out: {ids}.</source>
        <translation>{n} entité sans géométrie laissée de côté : {ids}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features without geometry left out: {ids}.</source>
        <translation>{n} entités sans géométrie laissées de côté : {ids}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>or run the preflight with FIX, which sets it from each plot&apos;s location, and export the fixed layer</source>
        <translation>ou lancez la prévérification avec FIX, qui le renseigne d&apos;après la localisation de chaque parcelle, et exportez la couche corrigée</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature written without ProducerCountry (feature {fid}): its field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation>{n} entité écrite sans ProducerCountry (entité {fid}) : son champ « {field} » est vide ; remplissez-le avec le code pays à deux lettres, {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features written without ProducerCountry (the first: feature {fid}): their field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation>{n} entités écrites sans ProducerCountry (la première : entité {fid}) : leur champ « {field} » est vide ; remplissez-le avec le code pays à deux lettres, {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature written without ProducerCountry (feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation>{n} entité écrite sans ProducerCountry (entité {fid}), que l&apos;UE exige pour chaque entité : associez le champ contenant le code pays à deux lettres avec COUNTRY_FIELD (par ex. COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features written without ProducerCountry (the first: feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation>{n} entités écrites sans ProducerCountry (la première : entité {fid}), que l&apos;UE exige pour chaque entité : associez le champ contenant le code pays à deux lettres avec COUNTRY_FIELD (par ex. COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Offline checks</source>
        <translation>Vérifications hors ligne</translation>
    </message>
    <message>
        <source>{n} feature(s) without geometry left out: {ids}.</source>
        <translation type="obsolete">{n} entité(s) sans géométrie laissée(s) de côté : {ids}.</translation>
    </message>
    <message>
        <source>{n} feature(s) written without ProducerCountry (the first: feature {fid}): their field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation type="obsolete">{n} entité(s) écrite(s) sans ProducerCountry (la première : entité {fid}) : leur champ « {field} » est vide ; remplissez-le avec le code pays à deux lettres, {fix}.</translation>
    </message>
    <message>
        <source>{n} feature(s) written without ProducerCountry (the first: feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation type="obsolete">{n} entité(s) écrite(s) sans ProducerCountry (la première : entité {fid}), que l&apos;UE exige pour chaque entité : associez le champ contenant le code pays à deux lettres avec COUNTRY_FIELD (par ex. COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; could not be opened: there is no such file.</source>
        <translation>« {file} » n&apos;a pas pu être ouvert : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; could not be opened ({reason}). The file may be cut short or damaged: export it again from where it came from.</source>
        <translation>« {file} » n&apos;a pas pu être ouvert ({reason}). Le fichier est peut-être tronqué ou endommagé : exportez-le de nouveau depuis sa source.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; holds no layer named &apos;{layer}&apos;. Its layers: {layers}. Name one of these.</source>
        <translation>&apos;{file}&apos; ne contient aucune couche nommée &apos;{layer}&apos;. Ses couches : {layers}. Nommez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; holds no layer number {layer} (numbered from 0). Its layers: {layers}. Name one of these.</source>
        <translation>&apos;{file}&apos; ne contient aucune couche numéro {layer} (numérotées à partir de 0). Ses couches : {layers}. Nommez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{producer}: {outcome}</source>
        <translation>{producer} : {outcome}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{said}; {notes}</source>
        <translation>{said} ; {notes}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{rows} with a number that is not one, so {verdict} (see the data_error column): {examples}</source>
        <translation>{rows} avec un nombre qui n&apos;en est pas un, donc {verdict} (voir la colonne data_error) : {examples}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>no snapshot kept for Changes since... ({reason})</source>
        <translation>aucun instantané conservé pour « Changements depuis... » ({reason})</translation>
    </message>
</context>
<context>
    <name>Plugin</name>
    <message>
        <location filename="../plugin.py"/>
        <source>Show or hide the Epoch EUDR Screening panel</source>
        <translation>Afficher ou masquer le panneau Epoch EUDR Screening</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Check a facility here</source>
        <translation>Vérifier un site ici</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Check a facility here: click a point on the map, Epoch validates it as a facility (the Screening tab shows the answer)</source>
        <translation>Vérifier un site ici : cliquez sur un point de la carte, Epoch le valide comme site (l&apos;onglet Analyse affiche la réponse)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight: EU geolocation rules (offline)</source>
        <translation>Prévérification : règles de géolocalisation de l&apos;UE (hors ligne)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Checks every feature against the EU Information System&apos;s geolocation rules and the seed 001 facility tables, without any network: issues (codes), severity (error blocks an EU upload, warning does not), messages, geodesic area and country. Plots are polygons or points: a point stands for a plot of at most 4 ha (cattle establishments excepted) given with its Area in hectares; a polygon&apos;s Area that clearly differs from the polygon drawn is a warning. A table (CSV, XLSX) is read as points from its latitude and longitude columns, recognised by their names or given as LATITUDE_FIELD and LONGITUDE_FIELD. Points and polygons (a GeometryCollection of both included) are written to two layers (OUTPUT and OTHER_OUTPUT). FIX writes repaired copies (make valid, 2D, 6 decimals, holes split, one polygon per feature, ProducerCountry, numeric Area), lists what changed, and checks and draws them again. The input layer is never modified.</source>
        <translation>Vérifie chaque entité selon les règles de géolocalisation du système d&apos;information de l&apos;UE et les tables de sites du seed 001, sans réseau : problèmes (codes), gravité (une erreur bloque un envoi à l&apos;UE, un avertissement non), messages, surface géodésique et pays. Les parcelles sont des polygones ou des points : un point représente une parcelle de 4 ha au plus (établissements d&apos;élevage bovin exceptés) avec son Area en hectares ; une Area de polygone nettement différente du polygone dessiné donne un avertissement. Une table (CSV, XLSX) est lue comme des points à partir de ses colonnes de latitude et de longitude, reconnues par leur nom ou indiquées par LATITUDE_FIELD et LONGITUDE_FIELD. Les points et les polygones (y compris une GeometryCollection des deux) sont écrits dans deux couches (OUTPUT et OTHER_OUTPUT). FIX écrit des copies réparées (géométries réparées, 2D, 6 décimales, trous découpés, un polygone par entité, ProducerCountry, Area numérique), liste les changements, puis les vérifie et les dessine à nouveau. La couche en entrée n&apos;est jamais modifiée.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots or facilities</source>
        <translation>Parcelles ou sites</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Write fixed features</source>
        <translation>Écrire les entités corrigées</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area for points without one (ha)</source>
        <translation>Area des points qui n&apos;en ont pas (ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Latitude column (a table without geometry)</source>
        <translation>Colonne de latitude (table sans géométrie)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Longitude column (a table without geometry)</source>
        <translation>Colonne de longitude (table sans géométrie)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight results</source>
        <translation>Résultats de la prévérification</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Counts</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Points beside the polygons (or polygons beside the points)</source>
        <translation>Points à côté des polygones (ou polygones à côté des points)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Points and polygons are in two layers: {first} and {second}.</source>
        <translation>Les points et les polygones sont dans deux couches : {first} et {second}.</translation>
    </message>
</context>
<context>
    <name>PreflightBox</name>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Before upload: EU rules, offline</source>
        <translation>Avant envoi : règles UE, hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check before upload</source>
        <translation>Vérifier avant envoi</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Apply fixes to a new layer</source>
        <translation>Corriger (nouvelle couche)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Export EU-ready GeoJSON</source>
        <translation>Exporter le GeoJSON UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Write the checked layer (or its fixed copy, after Apply fixes) as the GeoJSON files the EU Information System takes (Processing: Export EU-ready GeoJSON (TRACES)); refused while a feature has errors.</source>
        <translation>Écrit la couche vérifiée (ou sa copie corrigée, après « Corriger (nouvelle couche) ») dans les fichiers GeoJSON qu&apos;accepte le système d&apos;information de l&apos;UE (Traitement : Exporter un GeoJSON prêt pour l&apos;UE (TRACES)) ; refusé tant qu&apos;une entité a des erreurs.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Click an issue to select and zoom to the features that have it.</source>
        <translation>Cliquez sur un problème pour sélectionner les entités concernées et zoomer dessus.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Choose a layer to check.</source>
        <translation>Choisissez une couche à vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Fixing {layer}</source>
        <translation>Correction de {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Checking {layer}</source>
        <translation>Vérification de {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Coordinates of {layer}</source>
        <translation>Coordonnées de {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Column holding the latitude (decimal degrees):</source>
        <translation>Colonne de la latitude (degrés décimaux) :</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Column holding the longitude (decimal degrees):</source>
        <translation>Colonne de la longitude (degrés décimaux) :</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>The fixed copy, checked again:</source>
        <translation>La copie corrigée, vérifiée de nouveau :</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>No feature would be refused by the EU system; {n} with warnings: see the list.</source>
        <translation>Aucune entité ne serait refusée par le système de l&apos;UE ; {n} avec des avertissements : voir la liste.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>No issue found: ready for an EU upload.</source>
        <translation>Aucun problème : prêt pour l&apos;envoi à l&apos;UE.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{issue} ({severity})</source>
        <translation>{issue} ({severity})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Code {code} ({severity}): click to select and zoom to these features.</source>
        <translation>Code {code} ({severity}) : cliquez pour sélectionner ces entités et zoomer dessus.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{n} feature written fixed to a new layer.</source>
        <translation>{n} entité écrite corrigée dans une nouvelle couche.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{n} features written fixed to a new layer.</source>
        <translation>{n} entités corrigées écrites dans une nouvelle couche.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Checked again: none would be refused by the EU system.</source>
        <translation>Vérifiées à nouveau : aucune ne serait refusée par le système de l&apos;UE.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check a layer first: the export writes the checked layer, or its fixed copy.</source>
        <translation>Vérifiez d&apos;abord une couche : l&apos;export écrit la couche vérifiée, ou sa copie corrigée.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Folder for the EU GeoJSON files</source>
        <translation>Dossier des fichiers GeoJSON UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Exporting EU-ready GeoJSON of {layer}</source>
        <translation>Export du GeoJSON UE de {layer}</translation>
    </message>
    <message>
        <source>Check before upload (offline, EU geolocation rules)</source>
        <translation type="obsolete">Vérifier avant envoi (hors ligne, géolocalisation UE)</translation>
    </message>
</context>
<context>
    <name>PreflightExport</name>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>1 EU GeoJSON file written to {folder}: {file}</source>
        <translation>1 fichier GeoJSON UE écrit dans {folder} : {file}</translation>
    </message>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>{n} EU GeoJSON files written to {folder}: {files}</source>
        <translation>{n} fichiers GeoJSON UE écrits dans {folder} : {files}</translation>
    </message>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>Cannot open the checked layer ({source}): check it again.</source>
        <translation>Impossible d&apos;ouvrir la couche vérifiée ({source}) : vérifiez-la à nouveau.</translation>
    </message>
    <message>
        <source>The export failed: see the Processing log.</source>
        <translation type="obsolete">L&apos;export a échoué : voir le journal des messages (onglet Traitement).</translation>
    </message>
</context>
<context>
    <name>PreflightWords</name>
    <message>
        <location filename="../layers/words/preflight.py"/>
        <source>Feature {fid}</source>
        <translation>Entité {fid}</translation>
    </message>
</context>
<context>
    <name>PreviewGeocoding</name>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>INPUT: {reason}</source>
        <translation>INPUT : {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Geocoding &apos;{file}&apos; on {url}</source>
        <translation>Géocodage de « {file} » sur {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Preview geocoding of addresses (normalize_locations)</source>
        <translation>Aperçu du géocodage d&apos;adresses (normalize_locations)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Sends a CSV or XLSX of facility addresses to Epoch&apos;s /normalize_locations and writes where Epoch places each row as a point layer, with the file&apos;s own columns, before any screening: a wrong geocode is a wrong facility. Check the points, move any that is wrong, then screen the layer. Rows Epoch could not place are kept without a point (preview_status = not_geocoded, with the server&apos;s reason in preview_note) and named one by one in the log. The file is not modified; a rerun into the same output replaces the layer.</source>
        <translation>Envoie un fichier CSV ou XLSX d&apos;adresses de sites à /normalize_locations d&apos;Epoch et écrit l&apos;endroit où Epoch place chaque ligne sous forme de couche de points, avec les colonnes du fichier, avant toute analyse : un géocodage faux, c&apos;est un site faux. Vérifiez les points, déplacez ceux qui sont faux, puis analysez la couche. Les lignes qu&apos;Epoch n&apos;a pas pu placer sont conservées sans point (preview_status = not_geocoded, avec le motif du serveur dans preview_note) et nommées une à une dans le journal. Le fichier n&apos;est pas modifié ; une nouvelle exécution vers la même sortie remplace la couche.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Addresses (CSV or XLSX)</source>
        <translation>Adresses (CSV ou XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Geocoded addresses</source>
        <translation>Adresses géocodées</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Rows geocoded</source>
        <translation>Lignes géocodées</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Rows not geocoded</source>
        <translation>Lignes non géocodées</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>ReportBuild</name>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{first}; {second}</source>
        <translation>{first} ; {second}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>all producers</source>
        <translation>tous les producteurs</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producers</source>
        <translation>{n} producteurs</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Field report {producers} {date}</source>
        <translation>Rapport terrain {producers} {date}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{sections}, {pages}, {visits}: {pdf}</source>
        <translation>{sections}, {pages}, {visits} : {pdf}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producer section</source>
        <translation>{n} section de producteur</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producer sections</source>
        <translation>{n} sections de producteurs</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} page</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} plot to visit</source>
        <translation>{n} parcelle à visiter</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} plots to visit</source>
        <translation>{n} parcelles à visiter</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>QField project {path}</source>
        <translation>projet QField {path}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>left out: {items}</source>
        <translation>laissés de côté : {items}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The filter expression cannot be read: {error}</source>
        <translation>L&apos;expression de filtre est illisible : {error}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The drill-down GeoPackage {path} does not exist.</source>
        <translation>Le GeoPackage de détails {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{name} (no collection id)</source>
        <translation>{name} (sans identifiant de collection)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>a row</source>
        <translation>une ligne</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>plots from {file} (saved drill-down)</source>
        <translation>parcelles issues de {file} (détail enregistré)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The plots of {name} are in no drill-down GeoPackage given and no server login is set: drill down first, or give a login.</source>
        <translation>Les parcelles de {name} ne figurent dans aucun des GeoPackages de détails fournis et aucune connexion au serveur n&apos;est définie : chargez d&apos;abord le détail, ou indiquez une connexion.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>plots fetched from the server</source>
        <translation>parcelles téléchargées depuis le serveur</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{name} (no plots and no location)</source>
        <translation>{name} (ni parcelles ni localisation)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{path}: the report is a PDF; give a name ending in .pdf</source>
        <translation>{path} : le rapport est un PDF ; donnez un nom se terminant par .pdf</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>No producer to report on: select producers, or loosen the filter.</source>
        <translation>Aucun producteur pour le rapport : sélectionnez des producteurs, ou élargissez le filtre.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Nothing to report: {reasons}</source>
        <translation>Rien à mettre dans le rapport : {reasons}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{producer}: {note}</source>
        <translation>{producer} : {note}</translation>
    </message>
    <message>
        <source>; QField project {path}</source>
        <translation type="obsolete"> ; projet QField {path}</translation>
    </message>
    <message>
        <source>; left out: {items}</source>
        <translation type="obsolete"> ; laissés de côté : {items}</translation>
    </message>
    <message>
        <source>{sections} producer section(s), {pages} page(s), {visits} plot(s) to visit: {pdf}</source>
        <translation type="obsolete">{sections} section(s) de producteur, {pages} page(s), {visits} parcelle(s) à visiter : {pdf}</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch status</source>
        <translation>Statut Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Second opinion</source>
        <translation>Second avis</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>EU country risk</source>
        <translation>Risque pays UE</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Article 10 risk</source>
        <translation>Risque article 10</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Assessment date</source>
        <translation>Date d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>SANDBOX DATA: synthetic results for training, not observations of these places nor evidence for due diligence</source>
        <translation>DONNÉES DU BAC À SABLE : résultats synthétiques de formation, ni observations ni preuves de diligence raisonnée</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Non-Compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Needs Review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Unnamed producer</source>
        <translation>Producteur sans nom</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>no plots</source>
        <translation>aucune parcelle</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>{nc} non-compliant, {review} needs review, {ok} compliant (composite-score method); differs from Epoch on {differ}</source>
        <translation>non conformes : {nc}, à vérifier : {review}, conformes : {ok} (méthode du score composite) ; diffère d&apos;Epoch sur {differ}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Unknown: {country}</source>
        <translation>Inconnu : {country}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>{risk}: {country}; {share} % of operators checked each year (Impl. Reg. (EU) 2025/1093)</source>
        <translation>{risk} : {country} ; {share} % des opérateurs contrôlés chaque année (règl. d&apos;exéc. (UE) 2025/1093)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch sandbox</source>
        <translation>Bac à sable Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch API</source>
        <translation>API Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>(synthetic results)</source>
        <translation>(résultats synthétiques)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>supplier {supplier}</source>
        <translation>fournisseur {supplier}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>collection {collection}</source>
        <translation>collection {collection}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit: none (no plot is Non-Compliant or questioned by the second opinion)</source>
        <translation>Parcelles à visiter : aucune (aucune parcelle n&apos;est non conforme ni mise en doute par le second avis)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)</source>
        <translation>Parcelle à visiter : {n} (non conforme, ou mise en doute par le second avis ; numérotée comme sur la carte)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)</source>
        <translation>Parcelles à visiter : {n} (non conformes, ou mises en doute par le second avis ; numérotées comme sur la carte)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more on the next pages</source>
        <translation> ; {n} de plus sur les pages suivantes</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more plot on the next page</source>
        <translation> ; {n} parcelle de plus sur la page suivante</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more on the next page</source>
        <translation> ; {n} de plus sur la page suivante</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit, continued: no. {number} of {total}</source>
        <translation>Parcelles à visiter (suite) : n° {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit, continued: no. {first} to {last} of {total}</source>
        <translation>Parcelles à visiter (suite) : n° {first} à {last} sur {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Non-Compliant plots ({n})</source>
        <translation>Parcelles non conformes ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Compliant plots ({n})</source>
        <translation>Parcelles conformes ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Data Error plots ({n})</source>
        <translation>Parcelles en erreur de données ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Questioned by the second opinion ({n})</source>
        <translation>Mises en doute par le second avis ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plot to visit: its no. in the table ({n})</source>
        <translation>Parcelle à visiter : son n° dans le tableau ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch EUDR field report · {made} · section {n} of {total}</source>
        <translation>Rapport de terrain Epoch EUDR · {made} · section {n} sur {total}</translation>
    </message>
    <message>
        <source>Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; # as on the map)</source>
        <translation type="obsolete">Parcelle à visiter : {n} (non conforme, ou mise en doute par le second avis ; # comme sur la carte)</translation>
    </message>
    <message>
        <source>Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; # as on the map)</source>
        <translation type="obsolete">Parcelles à visiter : {n} (non conformes, ou mises en doute par le second avis ; # comme sur la carte)</translation>
    </message>
    <message>
        <source>Plots to visit, continued: # {number} of {total}</source>
        <translation type="obsolete">Parcelles à visiter (suite) : n° {number} sur {total}</translation>
    </message>
    <message>
        <source>Plots to visit, continued: # {first} to {last} of {total}</source>
        <translation type="obsolete">Parcelles à visiter (suite) : # {first} à {last} sur {total}</translation>
    </message>
    <message>
        <source>Plot to visit: its # in the table ({n})</source>
        <translation type="obsolete">Parcelle à visiter : son # dans le tableau ({n})</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation type="obsolete">pays inconnu</translation>
    </message>
    <message>
        <source>{status}: no plots ({reason})</source>
        <translation type="obsolete">{status} : aucune parcelle ({reason})</translation>
    </message>
    <message>
        <source>{status}: no plots</source>
        <translation type="obsolete">{status} : aucune parcelle</translation>
    </message>
    <message>
        <source>{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020</source>
        <translation type="obsolete">{status} : {nc} sur {plots} parcelles non conformes, {ha} ha déboisés après 2020</translation>
    </message>
    <message>
        <source>, {n} with a data error</source>
        <translation type="obsolete">, {n} avec une erreur de données</translation>
    </message>
</context>
<context>
    <name>ReportEvidence</name>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>+{n} other</source>
        <translation>+{n} autre</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>+{n} others</source>
        <translation>+{n} autres</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>Article 10 evidence: source (risk signal)</source>
        <translation>Preuves de l&apos;article 10 : source (signal de risque)</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Could not open layer &apos;{layer}&apos; of {file}</source>
        <translation>Impossible d&apos;ouvrir la couche « {layer} » de {file}</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>WGS 84, grid in degrees, no basemap</source>
        <translation>WGS 84, grille en degrés, sans fond de carte</translation>
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
        <translation>{value}°E</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°W</source>
        <translation>{value}°O</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Where it is</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Supply-shed outline</source>
        <translation>Contour du bassin d&apos;approvisionnement</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Assessed area outline</source>
        <translation>Contour de la zone évaluée</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Plot</source>
        <translation>Parcelle</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Area ha</source>
        <translation>Surface ha</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Deforested ha</source>
        <translation>Déboisé ha</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Second opinion</source>
        <translation>Second avis</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Alert from</source>
        <translation>Alerte du</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Alert to</source>
        <translation>Alerte au</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>No plot to visit.</source>
        <translation>Aucune parcelle à visiter.</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Epoch EUDR field report</source>
        <translation>Rapport de terrain Epoch EUDR</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Could not write the report {file}: {error}</source>
        <translation>Impossible d&apos;écrire le rapport {file} : {error}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>country unknown</source>
        <translation>pays inconnu</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>invalid geometry: nothing was scored</source>
        <translation>géométrie invalide : rien n&apos;a été évalué</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: invalid address</source>
        <translation>non traité : adresse invalide</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: commodity not in scope</source>
        <translation>non traité : produit hors du champ du règlement</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: address too approximate</source>
        <translation>non traité : adresse trop approximative</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: validation confidence too low</source>
        <translation>non traité : confiance de validation trop faible</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: no address or geolocation provided</source>
        <translation>non traité : aucune adresse ni géolocalisation fournie</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: invalid file</source>
        <translation>non traité : fichier invalide</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: no plots ({reason})</source>
        <translation>{status} : aucune parcelle ({reason})</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: no plots</source>
        <translation>{status} : aucune parcelle</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: {nc} of {plots} plot Non-Compliant, {ha} ha deforested after 2020</source>
        <translation>{status} : {nc} sur {plots} parcelle non conforme, {ha} ha déboisés après 2020</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020</source>
        <translation>{status} : {nc} sur {plots} parcelles non conformes, {ha} ha déboisés après 2020</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>, {n} with a data error</source>
        <translation>, {n} avec une erreur de données</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>, {n} with data errors</source>
        <translation>, {n} avec des erreurs de données</translation>
    </message>
</context>
<context>
    <name>ResultLayers</name>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Epoch assessments</source>
        <translation>Évaluations Epoch</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Plots: {producer}</source>
        <translation>Parcelles : {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Supply shed: {producer}</source>
        <translation>Bassin d&apos;approvisionnement : {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Assessed area: {producer}</source>
        <translation>Zone évaluée : {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Facility: {producer}</source>
        <translation>Site : {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Screening: {layer} (facilities)</source>
        <translation>Analyse : {layer} (sites)</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Screening: {layer} (plots)</source>
        <translation>Analyse : {layer} (parcelles)</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <location filename="../connection/sandbox_runner.py"/>
        <source>Sandbox: a local training server bundled with the plugin. Its results are synthetic, not Epoch&apos;s analysis; never use them for a due diligence statement.</source>
        <translation>Bac à sable : un serveur d&apos;entraînement local fourni avec l&apos;extension. Ses résultats sont synthétiques et ne sont pas l&apos;analyse d&apos;Epoch ; ne les utilisez jamais pour une déclaration de diligence raisonnée.</translation>
    </message>
</context>
<context>
    <name>ScreenLocations</name>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (plots)</source>
        <translation>{option} (parcelles)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (facilities)</source>
        <translation>{option} (sites)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Location type (auto: points are facilities, polygons plots)</source>
        <translation>Type de localisation (auto : points = sites, polygones = parcelles)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Commodity</source>
        <translation>Produit de base</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>&apos;{layer}&apos; holds {what}: set LOCATION_TYPE to plot (polygons or points with their Area) or facility (points).</source>
        <translation>« {layer} » contient {what} : réglez LOCATION_TYPE sur plot (polygones ou points avec leur Area) ou facility (points).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: &apos;{value}&apos; is neither a layer of the project nor a file that exists.</source>
        <translation>{name} : « {value} » n&apos;est ni une couche du projet ni un fichier existant.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: {problem}</source>
        <translation>{name} : {problem}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: &apos;{file}&apos; cannot be read as a vector layer ({reason}). The file may be cut short or damaged: export it again from where it came from, or open it in QGIS to see what is wrong.</source>
        <translation>{name} : « {file} » ne peut pas être lu comme couche vecteur ({reason}). Le fichier est peut-être tronqué ou endommagé : exportez-le à nouveau depuis sa source, ou ouvrez-le dans QGIS pour voir ce qui ne va pas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Commodity radius, metres (facilities; empty: Epoch&apos;s default, 5,000)</source>
        <translation>Rayon du produit de base, mètres (sites ; vide : valeur par défaut d&apos;Epoch, 5 000)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>How far around each facility Epoch looks for the commodity. Set, facilities are sent to /validate_facilities instead of /validate_locations.</source>
        <translation>Distance autour de chaque site dans laquelle Epoch cherche le produit de base. S&apos;il est indiqué, les sites sont envoyés à /validate_facilities au lieu de /validate_locations.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Legality sources, Article 10 (facilities)</source>
        <translation>Sources de légalité, article 10 (sites)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Epoch&apos;s web search for Article 10 legality risks: sources, summary and risk score.</source>
        <translation>La recherche web d&apos;Epoch sur les risques de légalité (article 10) : sources, résumé et score de risque.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>COMMODITY_RADIUS and INCLUDE_LEGALITY_CHECK apply to facilities (points) only: leave them unset to screen plots.</source>
        <translation>COMMODITY_RADIUS et INCLUDE_LEGALITY_CHECK ne s&apos;appliquent qu&apos;aux sites (points) : laissez-les vides pour analyser des parcelles.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{n} features</source>
        <translation>{n} entités</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>its features</source>
        <translation>ses entités</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>plots</source>
        <translation>parcelles</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>facilities</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening &apos;{layer}&apos; ({count}, sent {limit} at a time) as {what} on {url}</source>
        <translation>Analyse de « {layer} » ({count}, envoyées par {limit}) comme {what} sur {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screen locations (validate_locations)</source>
        <translation>Analyser des localisations (validate_locations)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screens plots (polygons) or facilities (points) with Epoch&apos;s /validate_locations and writes the results as a styled layer: confidence scores for facilities, risk for plots. Tables without geometry are sent as CSV for the API to geocode. The layer is read, sent and written 10,000 features at a time (the API&apos;s limit per request), so memory stays flat at any size. The input layer is not modified.</source>
        <translation>Analyse des parcelles (polygones) ou des sites (points) avec /validate_locations d&apos;Epoch et écrit les résultats dans une couche stylée : scores de confiance pour les sites, risque pour les parcelles. Les tables sans géométrie sont envoyées en CSV pour que l&apos;API les géocode. La couche est lue, envoyée et écrite par 10 000 entités (la limite de l&apos;API par requête), la mémoire reste donc stable quelle que soit la taille. La couche en entrée n&apos;est pas modifiée.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Locations layer</source>
        <translation>Couche de localisations</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Production volume, tonnes/year (plots; optional)</source>
        <translation>Volume de production, tonnes/an (parcelles ; facultatif)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening results</source>
        <translation>Résultats de l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Collection summary (JSON)</source>
        <translation>Résumé de la collection (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Legality sources table (facilities)</source>
        <translation>Table des sources de légalité (sites)</translation>
    </message>
</context>
<context>
    <name>ScreenedSources</name>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{n} legality source in its own table</source>
        <translation>{n} source de légalité dans sa propre table</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{n} legality sources in their own table</source>
        <translation>{n} sources de légalité dans leur propre table</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{layer}: legality sources</source>
        <translation>{layer} : sources de légalité</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>Legality sources of the facility</source>
        <translation>Sources de légalité du site</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Locations</source>
        <translation>Localisations</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Plots (polygons or points with Area)</source>
        <translation>Parcelles (polygones ou points avec Area)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Facilities (points)</source>
        <translation>Sites (points)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Auto-detect</source>
        <translation>Détection auto</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>or file</source>
        <translation>ou fichier</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Preview geocoding</source>
        <translation>Aperçu du géocodage</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Ask Epoch where it places each address of the CSV or XLSX (chosen above) and show the points as a layer: check them, move any that is wrong, then screen that layer. A wrong geocode is a wrong facility.</source>
        <translation>Demande à Epoch où il place chaque adresse du fichier CSV ou XLSX (choisi ci-dessus) et affiche les points dans une couche : vérifiez-les, déplacez ceux qui sont faux, puis analysez cette couche. Un géocodage faux, c&apos;est un site faux.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Location type</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Commodity</source>
        <translation>Produit de base</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Epoch&apos;s Article 10 legality risk (Low / Medium / High) of each plot or facility, from a web search, in the screening itself (/validate_locations): the risk only. For facilities, the sources behind it come with &apos;Article 10 check with its sources&apos;.</source>
        <translation>Le risque de légalité (article 10) estimé par Epoch (faible / moyen / élevé) pour chaque parcelle ou site, à partir d&apos;une recherche sur le web, dans l&apos;analyse elle-même (/validate_locations) : le risque seulement. Pour les sites, les sources sur lesquelles il repose s&apos;obtiennent avec « Contrôle article 10 avec ses sources ».</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>t/yr</source>
        <translation>t/an</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Production volume</source>
        <translation>Volume de production</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screen</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick every row of the table (the rows the Submit tab sends).</source>
        <translation>Cocher toutes les lignes du tableau (celles que l&apos;onglet Soumettre envoie).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick none</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Join results to the layer</source>
        <translation>Joindre les résultats</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copy layer with results</source>
        <translation>Copier avec les résultats</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Cannot read the results: {error}</source>
        <translation>Impossible de lire les résultats : {error}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Article 10 check with its sources</source>
        <translation>Contrôle article 10 avec ses sources</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The Article 10 legality check asked of Epoch&apos;s facility validation (/validate_facilities): besides the risk, each facility&apos;s sources (title, date, link) and a summary, in a related table. It includes the &apos;Article 10 legality check&apos; above.</source>
        <translation>Le contrôle de légalité article 10 demandé à la validation des sites d&apos;Epoch (/validate_facilities) : outre le risque, les sources de chaque site (titre, date, lien) et un résumé, dans une table liée. Il inclut le « Contrôle de légalité (article 10) » ci-dessus.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Epoch&apos;s default (5,000 m)</source>
        <translation>valeur par défaut d&apos;Epoch (5 000 m)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>How far around each facility Epoch looks for the commodity. Setting it sends the facilities to /validate_facilities.</source>
        <translation>Distance autour de chaque site dans laquelle Epoch cherche le produit de base. Le définir envoie les sites à /validate_facilities.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Commodity radius</source>
        <translation>Rayon du produit de base</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Guessed from the layer: {guess}</source>
        <translation>Déduit de la couche : {guess}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Choose a vector layer, or a CSV, XLSX or GeoJSON file that QGIS can open.</source>
        <translation>Choisissez une couche vecteur, ou un fichier CSV, XLSX ou GeoJSON que QGIS peut ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The check before upload found {n} feature with errors that block an EU upload. Screen the layer anyway?</source>
        <translation>La vérification avant envoi a trouvé {n} entité avec des erreurs qui bloquent un envoi à l&apos;UE. Analyser la couche quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The check before upload found {n} features with errors that block an EU upload. Screen the layer anyway?</source>
        <translation>La vérification avant envoi a trouvé {n} entités avec des erreurs qui bloquent un envoi à l&apos;UE. Analyser la couche quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening &apos;{layer}&apos; ...</source>
        <translation>Analyse de « {layer} » ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening {layer}</source>
        <translation>Analyse de {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Geocoding &apos;{file}&apos; ...</source>
        <translation>Géocodage de « {file} »...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Geocoding {file}</source>
        <translation>Géocodage de {file}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>&apos;{layer}&apos; is not a layer of the project (a file picked under &apos;or file&apos;, or a layer since removed): there is no layer to show the results on. Copy it with the results, or add it to the project and screen that layer.</source>
        <translation>« {layer} » n&apos;est pas une couche du projet (un fichier choisi sous « ou fichier », ou une couche retirée depuis) : il n&apos;y a pas de couche où afficher les résultats. Copiez-la avec les résultats, ou ajoutez-la au projet et analysez cette couche.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Show the results on the screened layer&apos;s features (a virtual join, fields prefixed epoch_, keyed on the feature id). The layer&apos;s data is not edited: the join and its key field are kept in the project.</source>
        <translation>Afficher les résultats sur les entités de la couche analysée (jointure virtuelle, champs préfixés epoch_, par l&apos;identifiant d&apos;entité). Les données de la couche ne sont pas modifiées : la jointure et son champ clé sont conservés dans le projet.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>A new GeoPackage layer: your features with all their attributes, plus the results (fields prefixed epoch_).</source>
        <translation>Une nouvelle couche GeoPackage : vos entités avec tous leurs attributs, plus les résultats (champs préfixés epoch_).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The screened layer or its results are no longer in the project: screen the layer again.</source>
        <translation>La couche analysée ou ses résultats ne sont plus dans le projet : analysez à nouveau la couche.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Results joined to &apos;{layer}&apos; (fields epoch_...).</source>
        <translation>Résultats joints à « {layer} » (champs epoch_...).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{layer} + results</source>
        <translation>{layer} + résultats</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{n} features copied with their results</source>
        <translation>{n} entités copiées avec leurs résultats</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copying {layer}</source>
        <translation>Copie de {layer}</translation>
    </message>
    <message>
        <source>The check before upload found {n} feature(s) with errors that block an EU upload. Screen the layer anyway?</source>
        <translation type="obsolete">La vérification avant envoi a trouvé {n} entité(s) avec des erreurs qui bloquent un envoi à l&apos;UE. Analyser la couche quand même ?</translation>
    </message>
    <message>
        <source>Production volume: not given</source>
        <translation type="obsolete">Volume de production : non indiqué</translation>
    </message>
    <message>
        <source>Article 10 check with its sources (facility validation)</source>
        <translation type="obsolete">Contrôle article 10 avec ses sources (validation des sites)</translation>
    </message>
    <message>
        <source>Commodity radius: Epoch&apos;s default (5,000 m)</source>
        <translation type="obsolete">Rayon du produit de base : valeur par défaut d&apos;Epoch (5 000 m)</translation>
    </message>
    <message>
        <source>Legality sources (Article 10)</source>
        <translation type="obsolete">Sources de légalité (article 10)</translation>
    </message>
    <message>
        <source>Epoch&apos;s web search for Article 10 legality risks around each facility: the sources (title, date, link), a summary and a risk score. Sent to /validate_facilities.</source>
        <translation type="obsolete">La recherche web d&apos;Epoch sur les risques de légalité (article 10) autour de chaque site : les sources (titre, date, lien), un résumé et un score de risque. Envoyé à /validate_facilities.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../connection/session.py"/>
        <source>Enter the custom server URL (https://...).</source>
        <translation>Saisissez l&apos;URL du serveur personnalisé (https://...).</translation>
    </message>
    <message>
        <location filename="../connection/session.py"/>
        <source>the sandbox&apos;s demo account (API key)</source>
        <translation>le compte de démonstration du bac à sable (clé API)</translation>
    </message>
    <message>
        <location filename="../connection/session.py"/>
        <source>user {user} (API key)</source>
        <translation>l&apos;utilisateur {user} (clé API)</translation>
    </message>
</context>
<context>
    <name>ShownValues</name>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Needs Review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Non-Compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Direct Plots</source>
        <translation>Parcelles directes</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Supply Shed</source>
        <translation>Bassin d&apos;approvisionnement</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the plot&apos;s EU country risk</source>
        <translation>le risque pays UE de la parcelle</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the plot&apos;s country</source>
        <translation>le pays de la parcelle</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>where the plot lies</source>
        <translation>là où se trouve la parcelle</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the producer&apos;s country</source>
        <translation>le pays du producteur</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>non-critical</source>
        <translation>non critique</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>no deforestation</source>
        <translation>pas de déforestation</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: 1 producer ({asked})</source>
        <translation>{time} : 1 producteur ({asked})</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: {n} producers ({asked})</source>
        <translation>{time} : {n} producteurs ({asked})</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: 1 producer</source>
        <translation>{time} : 1 producteur</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: {n} producers</source>
        <translation>{time} : {n} producteurs</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window {start} to {end}</source>
        <translation>période {start} – {end}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window from {start} to today</source>
        <translation>période du {start} à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window up to {end}</source>
        <translation>période jusqu&apos;au {end}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; to keep a snapshot of</source>
        <translation>Aucune couche « {layer} » dont conserver un instantané</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{file} is locked by another program; close it there and load again.</source>
        <translation>{file} est verrouillé par un autre programme ; fermez-le dans celui-ci et chargez de nouveau.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Could not keep a snapshot of &apos;{layer}&apos; in {file}: {error}</source>
        <translation>Impossible de conserver un instantané de « {layer} » dans {file} : {error}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No snapshot in {file}: each load of assessments keeps one; load them again later and compare then, or compare with an earlier layer.</source>
        <translation>Aucun instantané dans {file} : chaque chargement d&apos;évaluations en conserve un ; chargez-les de nouveau plus tard et comparez alors, ou comparez avec une couche antérieure.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Only one load of &apos;{layer}&apos; is kept in {file} ({time}): nothing earlier to compare with yet.</source>
        <translation>Un seul chargement de « {layer} » est conservé dans {file} ({time}) : rien d&apos;antérieur à comparer pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No snapshot taken on or before {moment} in {file}; the oldest is {oldest}.</source>
        <translation>Aucun instantané pris le {moment} ou avant dans {file} ; le plus ancien date du {oldest}.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Snapshot {name} is not in {file}: give &apos;previous&apos;, &apos;latest&apos;, &apos;oldest&apos;, a day (YYYY-MM-DD) or one of: {shown}</source>
        <translation>L&apos;instantané {name} n&apos;est pas dans {file} : indiquez « previous », « latest », « oldest », un jour (AAAA-MM-JJ) ou l&apos;un de : {shown}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Cannot open {file}</source>
        <translation>Impossible d&apos;ouvrir {file}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; in {file}</source>
        <translation>Aucune couche « {layer} » dans {file}</translation>
    </message>
    <message>
        <source>today</source>
        <translation type="obsolete">aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{n} producer</source>
        <translation type="obsolete">{n} producteur</translation>
    </message>
    <message>
        <source>{n} producers</source>
        <translation type="obsolete">{n} producteurs</translation>
    </message>
</context>
<context>
    <name>StatementWatcher</name>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>Checking submitted statements</source>
        <translation>Vérification des déclarations soumises</translation>
    </message>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>EU Information System</source>
        <translation>Système d&apos;information de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>Show statements</source>
        <translation>Voir les déclarations</translation>
    </message>
</context>
<context>
    <name>StyleStore</name>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>OGR error {code}</source>
        <translation>erreur OGR {code}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>creating the table {table}: {error}</source>
        <translation>création de la table {table} : {error}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>adding the column {column} to {table}</source>
        <translation>ajout de la colonne {column} à {table}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>{file} is locked by another program (waited {seconds} s); close it there and run again.</source>
        <translation>{file} est verrouillé par un autre programme (attente de {seconds} s) ; fermez-le dans celui-ci et relancez.</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>Could not store the style of &apos;{layer}&apos; in {file}: {error}. The styles in the file were left as they were.</source>
        <translation>Impossible d&apos;enregistrer le style de « {layer} » dans {file} : {error}. Les styles du fichier n&apos;ont pas été modifiés.</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>removing the old style &apos;{name}&apos;</source>
        <translation>suppression de l&apos;ancien style « {name} »</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>unsetting the default style &apos;{name}&apos;</source>
        <translation>retrait du style par défaut « {name} »</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>adding the style &apos;{name}&apos;</source>
        <translation>ajout du style « {name} »</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Check sample: {status}</source>
        <translation>Échantillon de contrôle : {status}</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Legality risk</source>
        <translation>Risque de légalité</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Error: blocks an EU upload</source>
        <translation>Erreur : bloque un envoi à l&apos;UE</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>{error} La recherche de « {name} » a aussi échoué ({reason}) ; vérifiez les évaluations avant de soumettre de nouveau.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} It was received: collection &apos;{name}&apos; ({id}) is among the assessments. Do not submit it again.</source>
        <translation>{error} Elle a été reçue : la collection « {name} » ({id}) figure parmi les évaluations. Ne la soumettez pas de nouveau.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} &apos;{name}&apos; is not among the assessments yet: it may still be processing (minutes to hours). Look again later before submitting it again.</source>
        <translation>{error} « {name} » ne figure pas encore parmi les évaluations : elle est peut-être encore en traitement (de quelques minutes à quelques heures). Vérifiez plus tard avant de la soumettre de nouveau.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>Only located features can be submitted: screen the table first, then submit the screening results.</source>
        <translation>Seules des entités localisées peuvent être soumises : analysez d&apos;abord la table, puis soumettez les résultats de l&apos;analyse.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>The collection &apos;{name}&apos; already exists at Epoch (collection {id}), so nothing was sent: its results are those of the earlier assessment. Tick &apos;Reprocess&apos; to assess it again.</source>
        <translation>La collection « {name} » existe déjà chez Epoch (collection {id}), rien n&apos;a donc été envoyé : ses résultats sont ceux de l&apos;évaluation antérieure. Cochez « Retraiter » pour l&apos;évaluer de nouveau.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collections already exist at Epoch ({names}), so nothing was sent for them: their results are those of the earlier assessments. Tick &apos;Reprocess&apos; to assess them again.</source>
        <translation>{n} collections existent déjà chez Epoch ({names}), rien n&apos;a donc été envoyé pour elles : leurs résultats sont ceux des évaluations antérieures. Cochez « Retraiter » pour les évaluer de nouveau.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} producer</source>
        <translation>{n} producteur</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} producers</source>
        <translation>{n} producteurs</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> ({n} without a producer name)</source>
        <translation> (sans nom de producteur : {n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>producer not given</source>
        <translation>producteur non indiqué</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} country</source>
        <translation>{n} pays</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} countries</source>
        <translation>{n} pays</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> ({n} in no country)</source>
        <translation> (hors de tout pays : {n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collection</source>
        <translation>{n} collection</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collections</source>
        <translation>{n} collections</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{things}, {producers}, {countries}: {collections}</source>
        <translation>{things}, {producers}, {countries} : {collections}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>no country</source>
        <translation>aucun pays</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>all producers</source>
        <translation>tous les producteurs</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>(no producer name)</source>
        <translation>(sans nom de producteur)</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{name}: {producer}, {commodity}, {things}, {countries}</source>
        <translation>{name} : {producer}, {commodity}, {things}, {countries}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>&apos;{commodity}&apos; is not one of Epoch&apos;s commodities: Epoch assesses it with its plantation model and warns.</source>
        <translation>« {commodity} » ne fait pas partie des produits de base d&apos;Epoch : Epoch l&apos;évalue avec son modèle de plantation et émet un avertissement.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>&apos;{name}&apos; spans {n} countries ({countries}): Epoch reports a collection as one producer in one place; send one collection per producer to keep them apart.</source>
        <translation>« {name} » s&apos;étend sur {n} pays ({countries}) : Epoch présente une collection comme un seul producteur en un seul lieu ; envoyez une collection par producteur pour les distinguer.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>their &apos;{field}&apos; is empty or names no commodity</source>
        <translation>leur champ « {field} » est vide ou ne nomme aucun produit de base</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>no commodity column was chosen and no commodity for all rows</source>
        <translation>aucune colonne de produit de base n&apos;a été choisie, ni de produit de base pour toutes les lignes</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>No commodity for {producers} (features {features}): {why}. Nothing is sent as &apos;unknown&apos;: {how}</source>
        <translation>Aucun produit de base pour {producers} (entités {features}) : {why}. Rien n&apos;est envoyé comme « unknown » : {how}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>pick the column that holds the commodity, or a commodity for rows without one.</source>
        <translation>choisissez la colonne qui contient le produit de base, ou un produit de base pour les lignes qui n&apos;en ont pas.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{commodity} ({n})</source>
        <translation>{commodity} ({n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>One collection takes one commodity, but these rows hold {held}: send one collection per producer, or submit each commodity&apos;s rows apart.</source>
        <translation>Une collection ne porte que sur un seul produit de base, mais ces lignes en contiennent plusieurs ({held}) : envoyez une collection par producteur, ou soumettez séparément les lignes de chaque produit de base.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>The collection name &apos;{name}&apos; names one collection, but these rows make {n} (one per producer and commodity): {how}</source>
        <translation>Le nom de collection « {name} » désigne une seule collection, mais ces lignes en forment {n} (une par producteur et produit de base) : {how}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>clear the name to name each after its producer, or send them as one collection.</source>
        <translation>effacez le nom pour nommer chacune d&apos;après son producteur, ou envoyez-les en une seule collection.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already assessed on Epoch: it was not sent.</source>
        <translation type="obsolete">« {name} » est déjà évaluée sur Epoch : elle n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>{n} collections are already assessed on Epoch and were not sent: {names}.</source>
        <translation type="obsolete">{n} collections sont déjà évaluées sur Epoch et n&apos;ont pas été envoyées : {names}.</translation>
    </message>
    <message>
        <source>1 facility</source>
        <translation type="obsolete">1 site</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation type="obsolete">{n} sites</translation>
    </message>
    <message>
        <source>1 plot</source>
        <translation type="obsolete">1 parcelle</translation>
    </message>
    <message>
        <source>{n} plots</source>
        <translation type="obsolete">{n} parcelles</translation>
    </message>
    <message>
        <source>1 producer</source>
        <translation type="obsolete">1 producteur</translation>
    </message>
    <message>
        <source>1 country</source>
        <translation type="obsolete">1 pays</translation>
    </message>
    <message>
        <source>1 collection</source>
        <translation type="obsolete">1 collection</translation>
    </message>
</context>
<context>
    <name>SubmitBatch</name>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submit for assessment (batch)</source>
        <translation>Soumettre pour évaluation (lot)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submits facilities (points) for supply-shed assessment or plots (polygons) for direct assessment, as Epoch&apos;s dashboard holds them: one collection per producer (GROUP_BY=producer, the producer read from PRODUCER_FIELD), or all in one collection (GROUP_BY=one). Each feature&apos;s commodity is read from COMMODITY_FIELD (Café, kopi, sawit... are understood), COMMODITY filling features without one; COMMODITY alone is every feature&apos;s. Empty fields are guessed from the column names (the commodity field only when COMMODITY is not given). Features without any commodity are refused, named, and nothing is sent. The counts (plots, producers, countries, collections) are printed first. Collections are named {commodity}_{producer}_{date} (one collection: COLLECTION_NAME, or {commodity}_{country}_{date}). WAIT_SECONDS &gt; 0 polls until each assessment appears. A collection name already assessed is reported first (without FORCE_REPROCESS Epoch returns that collection). The jobs are recorded in the QGIS profile: the panel keeps checking them, also after a restart, and says when they are ready.</source>
        <translation>Soumet des sites (points) pour une évaluation de bassin d&apos;approvisionnement ou des parcelles (polygones) pour une évaluation directe, comme le tableau de bord d&apos;Epoch les présente : une collection par producteur (GROUP_BY=producer, le producteur lu dans PRODUCER_FIELD), ou tout dans une seule collection (GROUP_BY=one). Le produit de base de chaque entité est lu dans COMMODITY_FIELD (Café, kopi, sawit... sont compris), COMMODITY complétant les entités qui n&apos;en ont pas ; COMMODITY seul vaut pour toutes les entités. Les champs vides sont déduits des noms de colonnes (le champ du produit de base seulement si COMMODITY n&apos;est pas indiqué). Les entités sans aucun produit de base sont refusées, nommément, et rien n&apos;est envoyé. Les effectifs (parcelles, producteurs, pays, collections) sont affichés d&apos;abord. Les collections sont nommées {commodity}_{producer}_{date} (une seule collection : COLLECTION_NAME, ou {commodity}_{country}_{date}). WAIT_SECONDS &gt; 0 interroge le serveur jusqu&apos;à ce que chaque évaluation apparaisse. Un nom de collection déjà évalué est signalé d&apos;abord (sans FORCE_REPROCESS, Epoch renvoie cette collection). Les travaux sont enregistrés dans le profil QGIS : le panneau continue de les vérifier, même après un redémarrage, et signale quand ils sont prêts.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Screened locations</source>
        <translation>Localisations analysées</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collections (producer: one per producer; one: a single collection)</source>
        <translation>Collections (producer : une par producteur ; one : une seule collection)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Producer field (empty: guessed)</source>
        <translation>Champ du producteur (vide : déduit)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Commodity field (empty: guessed)</source>
        <translation>Champ du produit de base (vide : déduit)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name, for one collection (empty: suggested)</source>
        <translation>Nom de la collection, pour une seule collection (vide : proposé)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Commodity (with a commodity field: of features without one)</source>
        <translation>Produit de base (avec un champ de produit de base : celui des entités qui n&apos;en ont pas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Reprocess an existing collection</source>
        <translation>Retraiter une collection existante</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Wait for the results (seconds)</source>
        <translation>Attendre les résultats (secondes)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection id (several: comma-separated)</source>
        <translation>Identifiant de collection (plusieurs : séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Status (several: comma-separated)</source>
        <translation>Statut (plusieurs : séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name (several: comma-separated)</source>
        <translation>Nom de la collection (plusieurs : séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collections sent (JSON)</source>
        <translation>Collections envoyées (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{parameter}: &apos;{field}&apos; is not a field of &apos;{layer}&apos; (its fields: {fields}).</source>
        <translation>{parameter} : « {field} » n&apos;est pas un champ de « {layer} » (ses champs : {fields}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Producer field: {producer}; commodity field: {commodity}</source>
        <translation>Champ du producteur : {producer} ; champ du produit de base : {commodity}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>set COMMODITY_FIELD to the field that holds it, or COMMODITY for features without one.</source>
        <translation>indiquez dans COMMODITY_FIELD le champ qui le contient, ou COMMODITY pour les entités qui n&apos;en ont pas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>leave COLLECTION_NAME empty (each is named after its producer), or set GROUP_BY=one.</source>
        <translation>laissez COLLECTION_NAME vide (chacune est nommée d&apos;après son producteur), ou réglez GROUP_BY=one.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}): without FORCE_REPROCESS Epoch returns that collection, not a new assessment.</source>
        <translation>« {name} » est déjà évaluée sur Epoch (collection {id}) : sans FORCE_REPROCESS, Epoch renvoie cette collection, pas une nouvelle évaluation.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} facility sent</source>
        <translation>{n} site envoyé</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} facilities sent</source>
        <translation>{n} sites envoyés</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} plot sent</source>
        <translation>{n} parcelle envoyée</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} plots sent</source>
        <translation>{n} parcelles envoyées</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{name}: {sent}; collection {id}: {status}</source>
        <translation>{name} : {sent} ; collection {id} : {status}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Waiting up to {seconds} s for the assessment ...</source>
        <translation>Attente de l&apos;évaluation, jusqu&apos;à {seconds} s ...</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection {id}: {status}</source>
        <translation>Collection {id} : {status}</translation>
    </message>
    <message>
        <source>{n} facility(s) sent</source>
        <translation type="obsolete">{n} site(s) envoyé(s)</translation>
    </message>
    <message>
        <source>{n} plot(s) sent</source>
        <translation type="obsolete">{n} parcelle(s) envoyée(s)</translation>
    </message>
</context>
<context>
    <name>SubmitTab</name>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>The collection &apos;{name}&apos; was submitted (collection {id}, {count} sent).</source>
        <translation>La collection « {name} » a été soumise (collection {id}, envoi : {count}).</translation>
    </message>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>{n} collections were submitted.</source>
        <translation>{n} collections ont été soumises.</translation>
    </message>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Last checked</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>processing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{count} sent, commodity: {commodity}</source>
        <translation>Envoi : {count}, produit de base : {commodity}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{count} sent, commodity not given</source>
        <translation>Envoi : {count}, produit de base non indiqué</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>local sandbox</source>
        <translation>bac à sable local</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {time} UTC from Processing to {server}</source>
        <translation>Soumis le {time} UTC depuis Traitement vers {server}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {time} UTC from the panel to {server}</source>
        <translation>Soumis le {time} UTC depuis le panneau vers {server}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Screen a layer first: its results can then be submitted for assessment.</source>
        <translation>Analysez d&apos;abord une couche : ses résultats pourront ensuite être soumis pour évaluation.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>One collection per producer</source>
        <translation>Une collection par producteur</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>One collection for all</source>
        <translation>Une seule collection</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Epoch&apos;s assessments hold one producer&apos;s plots each: one collection per producer shows each producer with its own status, commodity and country.</source>
        <translation>Chaque évaluation d&apos;Epoch porte sur les parcelles d&apos;un seul producteur : une collection par producteur montre chaque producteur avec son propre statut, produit de base et pays.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The field that names each feature&apos;s producer (farmer, supplier, company).</source>
        <translation>Le champ qui nomme le producteur de chaque entité (exploitant, fournisseur, entreprise).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The field that holds each feature&apos;s commodity (coffee, Café, kopi, cacao, sawit... are understood).</source>
        <translation>Le champ qui contient le produit de base de chaque entité (coffee, Café, kopi, cacao, sawit... sont compris).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>None: refuse</source>
        <translation>Aucun : refuser</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The name of a single collection. Left as suggested, each collection is named {commodity}_{producer}_{date}.</source>
        <translation>Le nom d&apos;une collection unique. Laissé tel que proposé, chaque collection est nommée {commodity}_{producer}_{date}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Reprocess if the collection exists</source>
        <translation>Retraiter si la collection existe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collections</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Producer field</source>
        <translation>Champ producteur</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Commodity field</source>
        <translation>Champ produit</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The commodity of rows whose commodity field is empty, or of every row when no field is chosen: the one screened, unless changed here.</source>
        <translation>Le produit de base des lignes dont le champ produit est vide, ou de toutes les lignes si aucun champ n&apos;est choisi : celui de l&apos;analyse, sauf s&apos;il est changé ici.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Default commodity</source>
        <translation>Produit par défaut</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection name</source>
        <translation>Nom de la collection</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submit ticked rows (or the map selection)</source>
        <translation>Soumettre les lignes cochées (ou la sélection)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs</source>
        <translation>Travaux soumis</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Check now</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Clear settled</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Forget the jobs that are ready, failed or given up (the results stay on Epoch).</source>
        <translation>Oublier les travaux prêts, échoués ou abandonnés (les résultats restent sur Epoch).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened facility from &apos;{layer}&apos;. Tick it in the Screening table (or select it on the map) and submit it to /batch_supply_shed (supply-shed assessment).</source>
        <translation>{n} site analysé de « {layer} ». Cochez-le dans le tableau de l&apos;analyse (ou sélectionnez-le sur la carte) et soumettez-le à /batch_supply_shed (évaluation du bassin d&apos;approvisionnement).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened facilities from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_supply_shed (supply-shed assessment).</source>
        <translation>{n} sites analysés de « {layer} ». Cochez des lignes dans le tableau de l&apos;analyse (ou sélectionnez des entités sur la carte) et soumettez-les à /batch_supply_shed (évaluation du bassin d&apos;approvisionnement).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened plot from &apos;{layer}&apos;. Tick it in the Screening table (or select it on the map) and submit it to /batch_process (direct plot assessment).</source>
        <translation>{n} parcelle analysée de « {layer} ». Cochez-la dans le tableau de l&apos;analyse (ou sélectionnez-la sur la carte) et soumettez-la à /batch_process (évaluation directe des parcelles).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened plots from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_process (direct plot assessment).</source>
        <translation>{n} parcelles analysées de « {layer} ». Cochez des lignes dans le tableau de l&apos;analyse (ou sélectionnez des entités sur la carte) et soumettez-les à /batch_process (évaluation directe des parcelles).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The screening results are no longer in the project (another project was opened): screen the layer again.</source>
        <translation>Les résultats de l&apos;analyse ne sont plus dans le projet (un autre projet a été ouvert) : analysez à nouveau la couche.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Nothing to submit: tick rows in the Screening results or select features on the map.</source>
        <translation>Rien à soumettre : cochez des lignes dans les résultats de l&apos;analyse ou sélectionnez des entités sur la carte.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The screened layer is no longer in the project (another project was opened): open it and screen it again.</source>
        <translation>La couche analysée n&apos;est plus dans le projet (un autre projet a été ouvert) : ouvrez-la et analysez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; was submitted on {day} ({state}). Submitted again without &apos;Reprocess&apos;, Epoch returns that collection, not a new assessment. Submit anyway?</source>
        <translation>« {name} » a été soumise le {day} ({state}). Soumise à nouveau sans « Retraiter », Epoch renvoie cette collection, pas une nouvelle évaluation. Soumettre quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; on {day} ({state})</source>
        <translation>« {name} » le {day} ({state})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted before: {jobs}. Submitted again without &apos;Reprocess&apos;, Epoch returns those collections, not new assessments. Submit anyway?</source>
        <translation>Déjà soumises : {jobs}. Sans « Retraiter », une nouvelle soumission renvoie ces collections, pas de nouvelles évaluations. Soumettre quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Preparing the submission</source>
        <translation>Préparation de la soumission</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>one per producer: {commodity}_{producer}_{date}</source>
        <translation>une par producteur : {commodity}_{producer}_{date}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: {why}</source>
        <translation>Non soumis : {why}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{summary}

{details}

Send this collection?</source>
        <translation>{summary}

{details}

Envoyer cette collection ?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{summary}

{details}

Send these {n} collections?</source>
        <translation>{summary}

{details}

Envoyer ces {n} collections ?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: nothing was sent.</source>
        <translation>Non soumis : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} collections</source>
        <translation>{n} collections</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitting {name}</source>
        <translation>Soumission de {name}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}). Submitted again without &apos;Reprocess&apos;, Epoch returns its results, not a new assessment. Submit anyway?</source>
        <translation>« {name} » est déjà évaluée sur Epoch (collection {id}). Si elle est soumise de nouveau sans « Retraiter », Epoch renvoie ses résultats, pas une nouvelle évaluation. Soumettre quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{names} are already assessed on Epoch (collections {ids}). Submitted again without &apos;Reprocess&apos;, Epoch returns their results, not new assessments. Submit anyway?</source>
        <translation>{names} sont déjà évaluées sur Epoch (collections {ids}). Si elles sont soumises de nouveau sans « Retraiter », Epoch renvoie leurs résultats, pas de nouvelles évaluations. Soumettre quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: &apos;{name}&apos; is already assessed. Load it in Assessments, tick &apos;Reprocess&apos;, or choose another name.</source>
        <translation>Non soumise : « {name} » est déjà évaluée. Chargez-la dans Évaluations, cochez « Retraiter », ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: {names} are already assessed. Load them in Assessments, tick &apos;Reprocess&apos;, or choose other names.</source>
        <translation>Non soumises : {names} sont déjà évaluées. Chargez-les dans Évaluations, cochez « Retraiter », ou choisissez d&apos;autres noms.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The other {n} collections were submitted; their state is checked below.</source>
        <translation>Les {n} autres collections ont été soumises ; leur état est vérifié ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The other collection was submitted; its state is checked below.</source>
        <translation>L&apos;autre collection a été soumise ; son état est vérifié ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted: collection {id}. Its state is checked below, also after QGIS restarts, and a notice says when it is ready.</source>
        <translation>Soumise : collection {id}. Son état est vérifié ci-dessous, même après un redémarrage de QGIS, et un avis indique quand elle est prête.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {n} collections. Their state is checked below, also after QGIS restarts, and a notice says when each is ready.</source>
        <translation>Collections soumises : {n}. Leur état est vérifié ci-dessous, même après un redémarrage de QGIS, et un avis indique quand chacune est prête.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}, {waiting} being checked (last check: {error})</source>
        <translation>Travaux soumis : {n}, {waiting} en cours de vérification (dernière vérification : {error})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}, {waiting} being checked</source>
        <translation>Travaux soumis : {n}, {waiting} en vérification</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}</source>
        <translation>Travaux soumis : {n}</translation>
    </message>
    <message>
        <source>collection {id} ({n} sent): {status}</source>
        <translation type="obsolete">collection {id} (envoyés : {n}) : {status}</translation>
    </message>
    <message>
        <source>{n} collection(s) sent</source>
        <translation type="obsolete">{n} collection(s) envoyée(s)</translation>
    </message>
    <message>
        <source>; already assessed, not sent: {names}</source>
        <translation type="obsolete"> ; déjà évaluées, non envoyées : {names}</translation>
    </message>
    <message>
        <source>{summary}

{details}

Send {n} collection(s)?</source>
        <translation type="obsolete">{summary}

{details}

Envoyer {n} collection(s) ?</translation>
    </message>
    <message>
        <source>{names} is already assessed on Epoch (collection {id}). Submitted again without &apos;Reprocess&apos;, Epoch returns those results, not a new assessment. Submit anyway?</source>
        <translation type="obsolete">Une évaluation existe déjà sur Epoch pour {names} (collection {id}). Sans « Retraiter », une nouvelle soumission renvoie ces résultats, pas une nouvelle évaluation. Soumettre quand même ?</translation>
    </message>
    <message>
        <source>Not submitted: {names} is already assessed. Load it in Assessments, tick &apos;Reprocess&apos;, or choose another name.</source>
        <translation type="obsolete">Non soumis : une évaluation existe déjà pour {names}. Chargez les évaluations, cochez « Retraiter » ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation type="obsolete">{n} sites</translation>
    </message>
    <message>
        <source>{n} plots</source>
        <translation type="obsolete">{n} parcelles</translation>
    </message>
    <message>
        <source>commodity not given</source>
        <translation type="obsolete">produit non indiqué</translation>
    </message>
    <message>
        <source>submitted {time} UTC from {origin} to {server}</source>
        <translation type="obsolete">soumis le {time} UTC (origine : {origin}) vers {server}</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="obsolete">Traitement</translation>
    </message>
    <message>
        <source>the panel</source>
        <translation type="obsolete">le panneau</translation>
    </message>
    <message>
        <source>(last check: {error})</source>
        <translation type="obsolete">(dernière vérification : {error})</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../ui/wdg_common.py"/>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_common.py"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: {error}</source>
        <translation>{task} : {error}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>The connection to the server failed ({kind}); nothing was written. Check the connection and try again.</source>
        <translation>La connexion au serveur a échoué ({kind}) ; rien n&apos;a été écrit. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>Could not write the results: {reason}</source>
        <translation>Impossible d&apos;écrire les résultats : {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>The server&apos;s answer is nested too deeply to read; nothing was written.</source>
        <translation>La réponse du serveur est trop imbriquée pour être lue ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>Unexpected error: {kind}: {reason}</source>
        <translation>Erreur inattendue : {kind} : {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: {outcome}</source>
        <translation>{task} : {outcome}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: unexpected error {kind}</source>
        <translation>{task} : erreur inattendue {kind}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: done</source>
        <translation>{task} : terminé</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: cancelled; nothing was changed</source>
        <translation>{task} : annulé ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{layer}: {n} features loaded</source>
        <translation type="obsolete">{layer} : {n} entités chargées</translation>
    </message>
</context>
<context>
    <name>ValidateFacility</name>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>POINT: give the facility&apos;s location as &apos;x,y [EPSG:code]&apos;, e.g. &apos;100.5018,13.7563 [EPSG:4326]&apos;.</source>
        <translation>POINT : donnez l&apos;emplacement du site sous la forme « x,y [EPSG:code] », par ex. « 100.5018,13.7563 [EPSG:4326] ».</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>POINT: {reason}</source>
        <translation>POINT : {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>OUTPUT: checks are kept in a GeoPackage (each run adds a row): give a .gpkg file.</source>
        <translation>OUTPUT : les vérifications sont conservées dans un GeoPackage (chaque exécution ajoute une ligne) : indiquez un fichier .gpkg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Checking the facility at {lon:.6f}, {lat:.6f} on {url}</source>
        <translation>Vérification du site à {lon:.6f}, {lat:.6f} sur {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Validate a facility at a point (validate_facility)</source>
        <translation>Valider un site en un point (validate_facility)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Asks Epoch&apos;s /validate_facility whether a location is likely a first-mile aggregation facility for the commodity, and keeps the answer as one more row of the output&apos;s &apos;Checked facilities&apos; layer (a GeoPackage given twice gets two rows): the confidence score and level, the penalty breakdown and, with INCLUDE_LEGALITY_CHECK, the Article 10 legality sources in a related table (&lt;layer&gt;_sources, joined by check_id). The point may be in any CRS; a point at sea or outside the world is refused.</source>
        <translation>Demande à /validate_facility d&apos;Epoch si un emplacement est probablement un site de collecte du premier kilomètre pour le produit de base, et conserve la réponse comme une ligne de plus de la couche « Sites vérifiés » de la sortie (un GeoPackage indiqué deux fois reçoit deux lignes) : le score et le niveau de confiance, le détail des pénalités et, avec INCLUDE_LEGALITY_CHECK, les sources de légalité de l&apos;article 10 dans une table liée (&lt;layer&gt;_sources, jointe par check_id). Le point peut être dans n&apos;importe quel SCR ; un point en mer ou hors du globe est refusé.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Facility location</source>
        <translation>Emplacement du site</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Include deforestation within 50 km</source>
        <translation>Inclure la déforestation dans un rayon de 50 km</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Checked facilities</source>
        <translation>Sites vérifiés</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Legality sources table</source>
        <translation>Table des sources de légalité</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Confidence score</source>
        <translation>Score de confiance</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Confidence level</source>
        <translation>Niveau de confiance</translation>
    </message>
</context>
</TS>
