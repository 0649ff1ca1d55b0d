import json,re
# dev.txt = stdout of split_dev_actions.py (deleted after use)
t=open('dev.txt',encoding='utf-8').read()
D={}
for blk in t.split('===== ')[1:]:
    aid=blk.split('\n')[0].strip()
    d=blk.split('Status actie')[0]
    d=re.sub(r'^Actie\s*'+re.escape(aid),'',d.split('\n',1)[1]).strip()
    D[aid]=re.sub(r'\s+',' ',d).strip()
P=lambda *s:' '.join('<p>'+x+'</p>' for x in s)
items=[]
def add(aid,other,entries):
    items.append({"item":"N%02d"%(len(items)+1),"action_id":aid,"description":D[aid],"other_parties_text":other,
      "entries":[{"entry_no":i+1,"competences":c,"description":d,"budget_text":b} for i,(c,d,b) in enumerate(entries)]})

add("1.1","VVSG, OCAD, FOD Justitie, Opgroeien, Agentschap Binnenlands Bestuur, VGC",[
(["Binnenlands Bestuur"],P(
"Het Vlaams Platform Radicalisering kwam tijdens de rapporteringsperiode vijf keer samen, met name op 13/12/2022, 24 januari 2023, 7/03/2023, 18/04/2023 en 23 mei 2023. Op de vergadering van 7/03 werd de stand van zaken van de actualisering van het actieplan besproken en werd afgesproken dat elk beleidsdomein tegen eind juni 2023 een eerste ontwerp van nieuwe acties aanlevert.",
"Daarnaast werd in het voorjaar van 2023 een schrijfgroep samengesteld waarin de aanspreekpunten van Onderwijs, Welzijn en Jeugd samenzitten; deze schrijfgroep is nog niet samengekomen. Er was overleg met het Agentschap Integratie en Inburgering (AgII) en met het Kenniscentrum Samenleven (KCS) over de inbreng van hun expertise in de nieuwe versie van het plan.",
"De geplande studievoormiddag voor de leden van het platform (voorzien op 14 februari 2023) werd uitgesteld naar het najaar. Het interfederale overleg tussen de kabinetten van de minister-president en van de minister bevoegd voor Binnenlands Bestuur zal opnieuw samenkomen in september 2023."),
"Reguliere middelen")])

add("2.1","OCAD, FOD Justitie, VVSG, Federale Politie, College van Procureurs-generaal, Staatsveiligheid (VSSE), Brulocalis",[
(["Binnenlands Bestuur","Welzijn"],P(
"Het centraal aanspreekpunt nam deel aan de maandelijkse bijeenkomsten van de Nationale Task Force (NTF), behalve in januari 2023, toen de vergadering werd geannuleerd. In het kader van de Strategie TER (Terrorisme, Extremisme, Radicalisering) werd de werkgroep Lokale Aanpak van de NTF heropgericht; die werkgroep kwam drie keer samen (12/01/2023, 9 maart en 4/05/2023).",
"Op de bijeenkomst van 9 maart werd de nieuwe omzendbrief over de informatie-uitwisseling tussen de LIVC-R en de LTF toegelicht door de Federale Politie en Brulocalis. Het expertisenetwerk Terrorisme en Extremisme van het College van Procureurs-generaal vergaderde op 28 februari 2023 in aanwezigheid van een vertegenwoordiger van de afdeling Justitiehuizen.",
"De Staatsveiligheid (VSSE) organiseerde op 21/03/2023 een opleiding voor de nieuwe informatieofficieren van de lokale besturen, waaraan ook medewerkers van ABB deelnamen. Een overleg met het parket-generaal Gent is gepland tegen eind 2023."),
"Reguliere middelen")])

add("2.3","Katholiek Onderwijs Vlaanderen, GO!, OVSG, PZ Brussel-Noord, PZ Zuid, PZ Montgomery, Vlaamse Gemeenschapscommissie",[
(["Onderwijs"],P(
"Na het eerste overleg met de zes Brusselse politiezones werd sinds het schooljaar 2022-2023 een vaste overlegtafel geïnstalleerd waarin de onderwijskoepels, het GO! en de zones PZ Brussel-Noord, PZ Zuid en PZ Montgomery samenzitten. Deze overlegtafel kwam samen op 6 december 2022 en 14/03/2023; een derde bijeenkomst staat gepland voor oktober 2023.",
"Op het overleg van 14/03 werd beslist om een gezamenlijk draaiboek op te maken voor het melden van verontrustende signalen aan de wijkagenten. Daarnaast was er overleg met de Vlaamse Gemeenschapscommissie (VGC) en met Brede School Molenbeek over de betrokkenheid van de buitenschoolse partners.",
"Er was ook overleg met de scholen zelf, maar dit gebeurde telkens informeel. De infosessie voor directies, die voorzien was op 25/04/2023, werd wegens een te beperkt aantal inschrijvingen geannuleerd."),
"Reguliere middelen")])

add("3.1","OCAD, Europese Commissie, EFUS, Strong Cities Network, VVSG, stad Mechelen, stad Vilvoorde",[
(["Binnenlands Bestuur"],P(
"Het 'Network of national prevent policy makers' (NPPM) kwam tijdens de rapporteringsperiode twee keer samen, op 1 en 2 februari 2023 in Stockholm en op 16/05/2023 in Brussel; Vlaanderen werd hierbij vertegenwoordigd door het centraal aanspreekpunt, roterend met de Fédération Wallonie-Bruxelles. Op de bijeenkomst in Stockholm stond de aanpak van online polarisering bij minderjarigen op de agenda.",
"Het European Forum for Urban Security (EFUS) organiseerde op 30/03/2023 in Lissabon een conferentie rond lokale preventie, waarop de stad Mechelen haar werking rond wijkgerichte verbinding voorstelde. De stad Vilvoorde nam deel aan de regionale bijeenkomst van het Strong Cities Network in Den Haag (april 2023)."),
"Reguliere middelen"),
(["Jeugd"],P(
"De afdeling Jeugd nam op 8 en 9 december 2022 deel aan de expertengroep Youth Work and Resilience van de Raad van Europa in Straatsburg. De opvolgvergadering, voorzien voor juni 2023, werd verschoven naar het najaar. Er was overleg met De Ambrassade en met Uit De Marge over de vertaling van de aanbevelingen naar het Vlaamse jeugdwerk."),
"Reguliere middelen")])

add("4.5","stad Genk, stad Ronse, gemeente Vilvoorde, Samenlevingsopbouw Brussel, Kenniscentrum Samenleven, Buurtwerk 't Lampeke, Koning Boudewijnstichting, Thomas More",[
(["Stedenbeleid","Integratie"],P(
"In het kader van het traject 'Verbonden Buurten' werden in 2023 projecten ondersteund in Genk, Ronse en Vilvoorde (totaal 210.000 euro). De stuurgroep Verbonden Buurten, waarin het Kenniscentrum Samenleven (KCS), de Koning Boudewijnstichting en Thomas More zetelen, kwam vier keer samen sinds december 2022.",
"<ul style=\"list-style-type: none\">- In Genk kwam de werkgroep Samenleven van de stad Genk maandelijks samen in de wijk Winterslag; op de bijeenkomst van 18/01 werd de organisatie van een buurtfeest in juni voorbereid;- in Ronse werd de wijkraad Zuid heropgestart, maar die is nog niet samengekomen;- in Vilvoorde werd door 't Lampeke op 22 maart 2023 een vorming georganiseerd rond conflicthantering voor vrijwilligers.</ul>",
"Er was overleg met Samenlevingsopbouw Brussel over het uitbreiden van de methodiek naar Brusselse wijken tegen eind 2024. Het lerend netwerk van de betrokken lokale besturen komt twee keer per jaar samen; de volgende bijeenkomst is gepland op 12/10/2023 in Ronse."),
"210.000 euro")])

add("4.7","VVSG, De Ambrassade, Uit De Marge, LOP Antwerpen, Onderwijsinspectie, Stad Sint-Niklaas, Arktos",[
(["Binnenlands Bestuur","Onderwijs"],P(
"Het intersectoraal overleg radicalisering en polarisering, dat twee keer per jaar georganiseerd wordt door ABB in samenwerking met de VVSG, vond plaats op 31 januari 2023 in Brussel met 64 deelnemers uit lokale besturen, jeugdwerk, onderwijs en welzijn. Op dit overleg werd het nieuwe vormingsaanbod voor LOP-deskundigen voorgesteld.",
"Het LOP Antwerpen (lokaal overlegplatform) organiseerde op 16/02/2023 een bijeenkomst van de werkgroep Samen School Maken, waarop een medewerker van het departement Onderwijs en Vorming de handvatten voor scholen toelichtte. Het sectoroverleg positieve identiteitsontwikkeling met De Ambrassade, Uit De Marge en Arktos kwam samen in maart en mei 2023.",
"De studiedag 'Scholen en gemeenten: samen tegen polarisering' (Sint-Niklaas, 27/04/2023) telde 120 inschrijvingen. In Sint-Niklaas werd bovendien een lokaal netwerk opgericht waarin de stedelijke jeugddienst en de secundaire scholen samenzitten."),
"Reguliere middelen")])

add("5.1","Opgroeien, VVSG, Gezinsbond, Huis van het Kind Kortrijk, CAW Zuid-West-Vlaanderen, Kinderopvang De Speelvogel, OCMW Menen, Stad Kortrijk",[
(["Welzijn"],P(
"Op 1 mei 2023 waren er 162 erkende samenwerkingsverbanden Huis van het Kind, die samen 298 Vlaamse gemeenten bereiken. Het agentschap Opgroeien organiseerde in de rapporteringsperiode drie regionale intervisies voor coördinatoren (Brugge, 15/12/2022; Hasselt, 9/02/2023; Leuven, 20 april 2023).",
"Het Huis van het Kind Kortrijk startte in januari 2023 met een ouderplatform waarin ouders, CAW Zuid-West-Vlaanderen en De Speelvogel samenzitten; dit platform kwam al twee keer samen. Tijdens de tweede bijeenkomst (28/03) werd gesproken over ouders die zich zorgen maken over het online gedrag van hun kinderen.",
"Er was overleg met de Gezinsbond en met Menen, waar het OCMW een nieuwe gezinsondersteuner aanstelde. Het geplande lerend netwerk rond cultuursensitief werken start pas vanaf het najaar van 2023."),
"Reguliere middelen")])

add("5.3","Platform Vlaamse Imams en Moslimdeskundigen, EMB, Diyanet België, Unie van Moskeeën Antwerpen, CAW Antwerpen, Justitiehuis Antwerpen, KU Leuven",[
(["Welzijn"],P(
"Binnen het project 'Theologische aanpak islamitische radicalisering' werden sinds december 2022 elf nieuwe begeleidingen opgestart, waarvan zes op doorverwijzing van het justitiehuis Antwerpen. Het begeleidingscomité van het project kwam samen op 19/12/2022 en op 2 mei 2023.",
"Het project werd voorgesteld op de algemene vergadering van de Unie van Moskeeën Antwerpen (UMA) op 11 februari 2023. Daarnaast was er overleg met Diyanet en met het Executief van de Moslims van België (EMB) over het gebruik van de theologische handleiding in vrijdagpreken.",
"Tijdens de ramadanperiode (maart-april 2023) werden geen groepssessies georganiseerd. Een gezamenlijke vorming met CAW Antwerpen, voorzien op 6/06/2023, is in voorbereiding."),
"85.000 euro")])

add("5.7","Vredeseilanden, Mediationcentrum Limburg, Scholengroep Sint-Quintinus, Pimpampoentje vzw, KSA Oost-Vlaanderen, Hogeschool PXL, UGent",[
(["Onderwijs"],P(
"In het kader van de projectoproep polarisatiemanagement 2022-2024 werden in totaal 8 projecten geselecteerd voor een totaalbedrag van 392.500 euro; de projecten lopen van 1 september 2022 tot en met 31 augustus 2024. De jury, samengesteld uit experten van UGent, Hogeschool PXL en het departement, kwam op 7/12/2022 een laatste keer samen.",
"<ul style=\"list-style-type: none\">- Scholengroep Sint-Quintinus (Hasselt) werkt samen met het Mediationcentrum Limburg aan herstelcirkels; de stuurgroep kwam drie keer samen;- Pimpampoentje organiseert weerbaarheidstrainingen voor de tweede graad;- KSA Oost-Vlaanderen ontwikkelt een spel rond conflicthantering dat werd uitgetest op 4 maart 2023.</ul>",
"Op het lerend netwerk van de projectpromotoren (15/05/2023) werd afgesproken om een gezamenlijke slotdag te organiseren in het voorjaar van 2024. Er was overleg met Vredeseilanden over het delen van hun lesmateriaal."),
"392.500 euro")])

add("5.9","VDAB, Jobpunt Vlaanderen, Randstad, Groep Intro, Werkwinkel Mechelen, Justitiehuis Mechelen, Stad Mechelen",[
(["Werk"],P(
"Sinds januari 2023 worden door de VDAB alle trajectbegeleiders in de regio Mechelen-Turnhout opgeleid rond signalen van radicalisering; de tweede opleidingsdag vond plaats op 23/02/2023. Dit is een opleiding en geen overlegmoment met de partners.",
"Het casusoverleg tewerkstelling, waarin de VDAB, de Werkwinkel Mechelen en het justitiehuis samenzitten, kwam in de rapporteringsperiode zes keer samen. Op de vergadering van 17 april werd de toeleiding van twee jongeren naar een opleiding bij Randstad besproken.",
"Er was overleg met Groep Intro over een werkervaringstraject voor voormalige gedetineerden, en met Jobpunt Vlaanderen over een mogelijk samenwerkingsakkoord tegen eind 2023. Het provinciaal overleg werk en radicalisering, dat gepland was voor mei 2023, werd uitgesteld."),
"Reguliere middelen")])

add("6.1","VVSG, OCAD, Lokale politie Antwerpen, Parket Limburg, Stad Maasmechelen, Stad Vilvoorde, CAW Limburg, Ligand, Fedasil",[
(["Binnenlands Bestuur","Welzijn"],P(
"Op 1 mei 2023 beschikten 121 gemeenten over een LIVC-R (Lokale Integrale Veiligheidscel inzake radicalisme, extremisme en terrorisme). Het LIVC-R van de stad Maasmechelen kwam sinds december 2022 vier keer samen; op de bijeenkomst van 16/02 werd een nieuw disengagementstraject opgestart in samenwerking met CAW Limburg.",
"Het LIVC van de gemeente Vilvoorde vergadert maandelijks, telkens met een vertegenwoordiger van het parket Halle-Vilvoorde. Het parket Limburg stelde op 29 maart 2023 zijn werking voor aan de LIVC-coördinatoren op het provinciaal platform van de provincie Limburg.",
"Ligand (expertisecentrum voor complexe casussen, opgericht in het voorjaar van 2023) zal vanaf september 2023 samenkomen met de lokale politie Antwerpen. Er was overleg met Fedasil over de opvolging van jongeren in opvangcentra. De provinciale stuurgroep LIVC Oost-Vlaanderen kwam op 12/01/2023 samen."),
"250.000 euro")])

add("6.3","DG EPI, Afdeling Justitiehuizen, Gevangenis Hasselt, Gevangenis Brugge, Gemeenschapsinstelling De Zande, CAW Noord-West-Vlaanderen, Rode Kruis Vlaanderen",[
(["Welzijn"],P(
"De ambtelijke werkgroep disengagement kwam tijdens de rapporteringsperiode drie keer samen (8/12/2022, 2 februari 2023 en 13/04/2023), telkens met een vertegenwoordiger van het Directoraat-Generaal Penitentiaire Inrichtingen (DG EPI). Op de vergadering van 2 februari werd het nieuwe protocol voor de overdracht van informatie bij invrijheidstelling besproken.",
"De organisatie van gezamenlijke casusbesprekingen in de gevangenissen van Hasselt en Brugge werd verdergezet; in Brugge zitten het CAW Noord-West-Vlaanderen, de psychosociale dienst en het justitiehuis maandelijks samen.",
"Op 28/03/2023 organiseerde Rode Kruis Vlaanderen een opleiding voor vrijwilligers die gedetineerden bezoeken. De oprichting van een werkgroep minderjarigen met De Zande werd beslist, maar deze werkgroep kwam nog niet samen."),
"Reguliere middelen")])

add("6.5","EMB, Gemeenschapsinstelling De Kempen, Gemeenschapsinstelling Everberg, Vlaams detentiecentrum De Grubbe, Moskee Al Fath Mechelen, Agentschap Opgroeien",[
(["Welzijn"],P(
"Het afsprakenkader met de islamconsulenten werd in januari 2023 geactualiseerd; in de gemeenschapsinstellingen De Kempen en Everberg zijn sinds 1 februari 2023 twee islamconsulenten actief. Het overleg met het EMB vond plaats op 17/01/2023 en 25 april 2023.",
"Tijdens het overleg van 25 april werd de opvolging van het afsprakenkader in het Vlaams detentiecentrum De Grubbe besproken. De stuurgroep levensbeschouwelijke begeleiding van het agentschap Opgroeien komt vier keer per jaar samen en vergaderde voor het laatst op 9/05/2023.",
"Een islamconsulent van de moskee Al Fath nam op 20 maart deel aan de personeelsvergadering van De Kempen en lichtte er het aanbod toe. De geplande vorming interlevensbeschouwelijk werken voor begeleiders gaat door in het schooljaar 2023-2024."),
"Reguliere middelen")])

add("7.1","VVI, UGent (IRCP), KU Leuven (LINC), VUB, Universiteit Antwerpen, Statistiek Vlaanderen, Unia, Europees Kennisnetwerk PREVEX",[
(["Binnenlands Bestuur"],P(
"In opdracht van het departement Kanselarij, Bestuur, Buitenlandse Zaken en Justitie (KBBJ) voert een consortium van UGent (IRCP) en KU Leuven (LINC) sinds oktober 2022 een onderzoek naar polarisering in Vlaamse steden (budget 148.000 euro, looptijd tot en met juni 2024). De begeleidingsgroep van het onderzoek kwam samen op 10/01/2023 en 21 maart 2023.",
"Op de vergadering van 21/03 werden de eerste resultaten van de bevraging van 2.400 jongeren voorgesteld. Statistiek Vlaanderen en Unia werden geconsulteerd over bestaande meetinstrumenten rond discriminatie en vertrouwen.",
"Het VUB-onderzoeksteam presenteerde op 4 mei 2023 een paper op de jaarlijkse conferentie van het Europees kennisnetwerk PREVEX in Oslo. Een studievoormiddag met de Universiteit Antwerpen is gepland tegen eind 2023; de datum ligt nog niet vast."),
"148.000 euro")])

add("11.1","Atlas, AgII, Diyanet België, Fédération Islamique de Belgique, Odisee, CVO Antwerpen, Stad Antwerpen",[
(["Integratie"],P(
"Het vormingsaanbod voor imams en bedienaars van andere erkende erediensten werd in het schooljaar 2022-2023 verdergezet door Atlas in Antwerpen en door het Agentschap Integratie en Inburgering (AgII) in Vlaams-Brabant en Gent. In totaal namen 46 bedienaars deel, waarvan 31 imams.",
"Het stuurcomité van het aanbod, waarin Atlas, AgII, Odisee en het CVO Antwerpen samenzitten, kwam samen op 14/12/2022 en 8 maart 2023. Op het stuurcomité van 8 maart werd beslist om vanaf september 2023 een module Nederlands op de werkvloer toe te voegen.",
"Er was overleg met Diyanet en de Fédération Islamique de Belgique (FIB) over de toeleiding van nieuwe imams. De stad Antwerpen stelde haar lokale werking voor tijdens een netwerkmoment van het AgII in Gent (22/02/2023)."),
"120.000 euro")])

add("12.3","Mediawijs, Child Focus, Katholiek Onderwijs Vlaanderen, GO!, Scholengroep Brussel, Universiteit Gent (imec-mict-UGent), Apache Uitgeverij",[
(["Onderwijs","Media"],P(
"Het kenniscentrum Mediawijs lanceerde op 6 februari 2023 (Safer Internet Day) het lespakket 'Haat online? Niet met ons!', ontwikkeld samen met Child Focus en imec-mict-UGent. Het lespakket werd tot en met mei 2023 door 340 scholen gedownload.",
"Het netoverschrijdend overleg mediawijsheid, waarin Katholiek Onderwijs Vlaanderen, het GO! en Mediawijs samenzitten, kwam samen in januari en april 2023. Op de bijeenkomst van april werd afgesproken om het lespakket te integreren in de nieuwe eindtermen voor de derde graad.",
"Er werden drie nascholingen voor leerkrachten georganiseerd (Brussel, Gent en Hasselt, maart 2023). Scholengroep Brussel stelde haar aanpak voor op de Mediawijs-kennisdag van 25 mei 2023. Een afspraak met Apache voor een reeks over desinformatie werd verschoven naar het schooljaar 2023-2024."),
"75.000 euro")])

add("13.5","VSK, Scholierenkoepel, Awel, JOETZ, Chiro Vlaanderen, Scouts en Gidsen Vlaanderen, Voetbal Vlaanderen, KAA Gent",[
(["Onderwijs","Jeugd"],P(
"De VSK (Vlaamse Scholierenkoepel) werkte samen met Awel en JOETZ een peer-supportmethodiek uit rond polarisering, die sinds januari 2023 wordt getest in zes secundaire scholen. De stuurgroep peer support kwam vier keer samen tijdens de rapporteringsperiode; op de vergadering van 15/03 werd de handleiding voor leerlingen goedgekeurd.",
"Er was overleg met Chiro, Scouts en Gidsen Vlaanderen en Voetbal Vlaanderen over een vertaling van de methodiek naar vrijetijdscontexten. KAA Gent (via KAA Gent Foundation) bood aan om jeugdspelers als peers in te zetten tijdens een pilootproject vanaf de zomer van 2023.",
"De leerlingenraden van de deelnemende scholen kwamen op 26 april 2023 samen op een uitwisselingsdag in Brussel. Een bijeenkomst van de klankbordgroep ouders, gepland in mei, werd geannuleerd."),
"40.000 euro")])

add("14.7","VOKA, UNIZO, ACV, ABVV, ACLVB, Minderhedenforum, GRIP, Proximus, Colruyt Group, SERV",[
(["Werk"],P(
"In het kader van 'Focus op Talent' werd sinds december 2022 een nieuwe campagne voorbereid die vanaf september 2023 loopt. De stuurgroep Focus op Talent, met VOKA, UNIZO, ACV, ABVV, ACLVB, GRIP en het Minderhedenforum, kwam samen op 20/12/2022, 21/02/2023 en 16 mei 2023.",
"Op de stuurgroep van 21 februari stelden Proximus en Colruyt Group hun diversiteitsbeleid voor. De SERV organiseerde op 30/03/2023 een rondetafel over discriminatietoetsen, waaraan ook de werknemersorganisaties deelnamen.",
"Er was overleg met de sectorfondsen over de financiering van diversiteitsplannen (voorzien bedrag: 500.000 euro voor 2023-2024). Een netwerkevent voor werkgevers werd gepland op 19 oktober 2023 in Gent."),
"500.000 euro")])

assert len(items)==18
with open('/work/wt/w13/text.jsonl','w',encoding='utf-8') as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+'\n')
