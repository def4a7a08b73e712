{#- The aggregate state of agg_country_organization_matrix for a set of policy events, one row
    per country and company; every column adds up across disjoint sets of articles. -#}
{% macro matrix_state(events, types) -%}
    select
        country_iso3,
        organization_id,
        count(*) as event_count,
        count(distinct article_id) as article_count,
        {%- for type in types %}
            count(*) filter (where relation_type = '{{ type }}') as {{ type }}_count,
        {%- endfor %}
        min(published_at) as first_reported_at,
        max(published_at) as last_reported_at
    from {{ events }}
    group by country_iso3, organization_id
{%- endmacro %}
