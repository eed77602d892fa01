namespace Pixyer.Domain.Deidentification;

/// <summary>The continent of an ISO 3166 alpha-2 country code (after the UN M49 regions), the second step of its generalisation.</summary>
public static class CountryRegions
{
    public const string Other = "other";

    private static readonly Dictionary<string, string> RegionOfCountry = Build(
        ("africa", "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA MZ "
                   + "NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW IO TF"),
        ("americas", "AI AG AR AW BS BB BZ BM BO BQ BR VG CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY HT HN JM MQ MX MS "
                     + "NI PA PY PE PR BL KN LC MF PM VC SX GS SR TT TC US UM VI UY VE BV"),
        ("asia", "AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP OM PK PS PH QA SA "
                 + "SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE"),
        ("europe", "AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE XK LV LI LT LU MT MD MC ME NL "
                   + "MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB"),
        ("oceania", "AS AU CX CC CK FJ PF GU HM KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF"));

    /// <summary>The region's name, or <see cref="Other"/> for an unknown or unassigned code.</summary>
    public static string Of(string countryCode) =>
        RegionOfCountry.TryGetValue(countryCode, out var region) ? region : Other;

    private static Dictionary<string, string> Build(params (string Region, string Codes)[] regions) =>
        regions
            .SelectMany(r => r.Codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(code => (Code: code, r.Region)))
            .ToDictionary(r => r.Code, r => r.Region, StringComparer.OrdinalIgnoreCase);
}
