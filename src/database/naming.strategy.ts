import { DefaultNamingStrategy, NamingStrategyInterface, Table } from 'typeorm';

// snake_case columns and readable constraint names (pk_/fk_/uq_/ix_/ck_) instead of TypeORM's hashes.
function snake(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

function tableName(table: Table | string): string {
  const name = typeof table === 'string' ? table : table.name;
  return name.split('.').pop() as string;
}

export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName: string | undefined): string {
    return customName ?? snake(className);
  }
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake(prefixes.concat(customName ?? propertyName).join('_'));
  }
  override relationName(propertyName: string): string {
    return snake(propertyName);
  }
  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
  override joinTableName(first: string, second: string, firstProperty: string): string {
    return snake(`${first}_${firstProperty.replace(/\./g, '_')}_${second}`);
  }
  override joinTableColumnName(tableNameValue: string, propertyName: string, columnName?: string): string {
    return snake(`${tableNameValue}_${columnName ?? propertyName}`);
  }
  override primaryKeyName(table: Table | string): string {
    return `pk_${tableName(table)}`;
  }
  override foreignKeyName(table: Table | string, columnNames: string[]): string {
    return `fk_${tableName(table)}_${columnNames.join('_')}`;
  }
  override uniqueConstraintName(table: Table | string, columnNames: string[]): string {
    return `uq_${tableName(table)}_${columnNames.join('_')}`;
  }
  override indexName(table: Table | string, columnNames: string[]): string {
    return `ix_${tableName(table)}_${columnNames.join('_')}`;
  }
  override relationConstraintName(table: Table | string, columnNames: string[]): string {
    return `rel_${tableName(table)}_${columnNames.join('_')}`;
  }
  override defaultConstraintName(table: Table | string, columnName: string): string {
    return `df_${tableName(table)}_${columnName}`;
  }
  override checkConstraintName(table: Table | string, expression: string): string {
    return `ck_${tableName(table)}_${expression.replace(/[^a-z0-9]+/gi, '_').slice(0, 40)}`;
  }
}
