{#-
    Incremental builds in pactwatch: what counts as "new data", and how a build converges.

    The published marts (`marts.*`) record, in `meta.publish_log`, the watermark of the build they
    came from: the latest change time (batch validated_at, extraction extracted_at) of the raw rows
    that build read. Every article-grained incremental model recomputes exactly the articles listed
    by `int_article_changes` (everything that changed after that watermark), deleting their old
    rows first (incremental strategy `replace_articles`, below). The aggregate marts rewrite the
    groups those articles touch, starting from the published rows (see fct_partnerships).
    Because the watermark is the *published* one, a build whose quality gate failed is redone by
    the next build, so a fixed batch or extraction always converges; a rerun of the same day
    recomputes the same articles and gives the same rows; --full-refresh rebuilds from raw.
-#}

{% macro published_watermark(column='watermark') -%}
    {#- A watermark of the last publish (`watermark`: raw articles, batches and extraction;
        `crawl_log_watermark`: crawl-log rows), or none (first build, --full-refresh, parse time). -#}
    {%- if not execute or flags.FULL_REFRESH -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set log_relation = adapter.get_relation(database=target.database, schema='meta', identifier='publish_log') -%}
    {%- if log_relation is none -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set have = adapter.get_columns_in_relation(log_relation) | map(attribute='name') | list -%}
    {%- if column not in have -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set result = run_query(
        "select " ~ column ~ " from " ~ log_relation ~ " where " ~ column ~ " is not null "
        ~ "order by published_at desc limit 1") -%}
    {%- if result.rows | length == 0 -%}
        {{ return(none) }}
    {%- endif -%}
    {{ return(result.rows[0][0]) }}
{%- endmacro %}


{% macro get_incremental_replace_articles_sql(arg_dict) -%}
    {#- Incremental strategy of the article-grained models ("delete+insert by article"): delete
        every row of the changed articles, including rows that no longer qualify (an article whose
        batch failed, a relation a re-extraction dropped), then insert their recomputed rows. The
        model's unique_key starts with article_id; the model only selects changed articles. -#}
    {%- set dest_cols_csv = get_quoted_csv(arg_dict['dest_columns'] | map(attribute='name')) -%}
    delete from {{ arg_dict['target_relation'] }}
    where article_id in (select changes.article_id from {{ ref('int_article_changes') }} as changes);

    insert into {{ arg_dict['target_relation'] }} ({{ dest_cols_csv }})
    select {{ dest_cols_csv }} from {{ arg_dict['temp_relation'] }}
{%- endmacro %}


{% macro restore_published_snapshot() -%}
    {#- Pre-hook of the snapshot: start from the published history, so versions recorded by a build
        whose gate failed (never published) are discarded and only published states are kept. -#}
    {%- if execute -%}
        {%- set published = adapter.get_relation(database=this.database, schema='marts', identifier=this.identifier) -%}
        {%- set candidate = adapter.get_relation(database=this.database, schema=this.schema, identifier=this.identifier) -%}
        {%- if published is not none and candidate is not none -%}
            delete from {{ this }};
            insert into {{ this }} by name select * from {{ published }}
        {%- else -%}
            select 1 as nothing_to_restore
        {%- endif -%}
    {%- else -%}
        select 1 as nothing_to_restore
    {%- endif -%}
{%- endmacro %}


{% macro published_relation(name, columns=none) -%}
    {#- The published copy of a mart (`marts.<name>`), or none when it does not exist, lacks one of
        `columns`, or there is no published watermark (first build, --full-refresh). -#}
    {%- if not execute or flags.FULL_REFRESH or published_watermark() is none -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set relation = adapter.get_relation(database=target.database, schema=var('published_schema', 'marts'),
                                            identifier=name) -%}
    {%- if relation is none -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set have = adapter.get_columns_in_relation(relation) | map(attribute='name') | map('lower') | list -%}
    {%- for column in (columns or []) -%}
        {%- if column | lower not in have -%}
            {{ return(none) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return(relation) }}
{%- endmacro %}


{% macro column_list(relation) -%}
    {{ return(adapter.get_columns_in_relation(relation) | map(attribute='name') | list) }}
{%- endmacro %}


{% macro diverged_keys(candidate, published, keys) -%}
    {#- Keys of the rows where the candidate table (this model before the build) and its published
        copy differ: what a build whose gate failed left behind, to be put right. -#}
    {%- set columns = column_list(published) | join(', ') -%}
    select distinct {{ keys | join(', ') }}
    from (
        (select {{ columns }} from {{ candidate }} except select {{ columns }} from {{ published }})
        union all
        (select {{ columns }} from {{ published }} except select {{ columns }} from {{ candidate }})
    )
{%- endmacro %}
