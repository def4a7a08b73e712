{#- True when an organisation headquartered in `hq_column` is domestic for the government of
    `country_column`: same country, or, for the European Union (EUU), any member state.
    False when the headquarters is unknown. -#}
{% macro is_domestic(country_column, hq_column) -%}
    coalesce(
        {{ hq_column }} = {{ country_column }}
        or ({{ country_column }} = 'EUU'
            and {{ hq_column }} in ('{{ var("eu_member_iso3") | join("', '") }}')),
        false
    )
{%- endmacro %}
