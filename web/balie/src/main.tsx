import { render } from 'preact';
import { CounterApp } from './app';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<CounterApp />, root);
